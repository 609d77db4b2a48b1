/**
 * The content lint: the seed's own writing rules, applied to every phrase variant and
 * every Q&A answer. A finding names the file, the entry and the reason. Typography is
 * checked by AutoCorrect (space between Chinese and Latin/digits, full-width punctuation).
 */
import {lintFor} from 'autocorrect-node';
import type {KbContent} from './load';
import {SITE} from './site';
import {renderTemplate, RAW_PLACEHOLDER_RE} from './template';
import type {Placeholder} from './schema';

export interface Finding {
  file: string;
  line?: number;
  entryId: string;
  rule: LintRule;
  reason: string;
}

export const LINT_RULES = {
  'bare-refusal': '生硬拒绝',
  'template-empathy': '模板化共情',
  'raw-placeholder': '未填写或写错的占位符',
  'too-long': '回复过长',
  glossary: '术语不统一',
  typography: '排版',
} as const;
export type LintRule = keyof typeof LINT_RULES;

const REFUSAL = /不能|不可以|没办法|无法/;
/** Words that offer the customer a way forward; a refusal without one is bare. */
const ALTERNATIVE = /可以|建议|为您|帮您|给您|我们会|我来|改为|换成|或者|也能|不过|但是|另外|方案|推荐|试试|安排/;
const TEMPLATE_EMPATHY = /(?:我|我们)?(?:非常|十分|完全|很)?(?:能)?理解您的(?:心情|感受)|给您带来不便[，,]?敬请谅解|请您谅解/;
/** `XX平台`, `xx元`, `**`, `【订单号】`; not the XX of a size like XXL. */
const PSEUDO_PLACEHOLDER = /(?<![A-Za-z])(?:XX|xx)(?![A-Za-z])|ＸＸ|\*{2,}|【[^】]*】/;

export const SMS_MAX_CHARS = 70;

/** A sample value per placeholder type, so rendered text can be checked like a real reply. */
const SAMPLES: Record<Placeholder['type'], string> = {
  order_no: '2026112400012345',
  money: '20',
  datetime: '明天下午',
  product: '保温杯',
  tracking_no: 'SF1234567890',
  customer_title: '张女士',
  agent_name: SITE.defaultAgentName,
  platform_name: SITE.platformName,
  text: '包装盒',
};

function sampleValues(placeholders: Record<string, Placeholder>) {
  const values: Record<string, string> = {agent: SAMPLES.agent_name, platform: SAMPLES.platform_name};
  for (const [name, ph] of Object.entries(placeholders)) values[name] = ph.example ?? SAMPLES[ph.type];
  return values;
}

export function checkText(text: string, opts: {checkRefusal?: boolean} = {}): {rule: LintRule; reason: string}[] {
  const out: {rule: LintRule; reason: string}[] = [];
  if (opts.checkRefusal !== false && REFUSAL.test(text)) {
    const rest = text.replace(/不能|不可以|没办法|无法/g, '');
    if (!ALTERNATIVE.test(rest)) {
      out.push({rule: 'bare-refusal', reason: `出现“${REFUSAL.exec(text)![0]}”却没有给出替代方案：把“不能做什么”改成“可以怎么做”`});
    }
  }
  const empathy = TEMPLATE_EMPATHY.exec(text);
  if (empathy) out.push({rule: 'template-empathy', reason: `“${empathy[0]}”是模板化共情：请说出客户具体遇到了什么、会有什么感受`});
  const pseudo = PSEUDO_PLACEHOLDER.exec(text);
  if (pseudo) out.push({rule: 'raw-placeholder', reason: `“${pseudo[0]}”像是没写完的占位内容：改成 {名称} 形式的占位符并声明类型`});
  return out;
}

function glossaryFindings(text: string, c: KbContent) {
  return c.glossary.flatMap((g) =>
    g.avoid.filter((w) => text.includes(w)).map((w) => ({rule: 'glossary' as const, reason: `“${w}”应统一写作“${g.preferred}”（${g.reason}）`})),
  );
}

export function typographyFindings(text: string, filename = 'reply.txt') {
  const result = lintFor(text, filename) as {lines: {l: number; old: string; new: string}[]};
  return result.lines.map((l) => ({
    rule: 'typography' as const,
    line: l.l,
    reason: `排版：“${l.old.trim().slice(0, 60)}” 应为 “${l.new.trim().slice(0, 60)}”（中文与英文、数字之间空一格；中文里用全角标点）`,
  }));
}

export function lintContent(c: KbContent): Finding[] {
  const findings: Finding[] = [];
  const policies = Object.fromEntries(c.policies.map((p) => [p.id, p]));
  const push = (key: string, entryId: string, list: {rule: LintRule; reason: string}[]) => {
    const o = c.origins[key];
    for (const f of list) findings.push({file: o?.file ?? '?', line: o?.line, entryId, ...f});
  };

  for (const p of c.phrases) {
    const values = sampleValues(p.placeholders);
    p.variants.forEach((v, i) => {
      const where = `${v.tone}${v.channel ? `/${v.channel}` : ''}`;
      const {text, missing} = renderTemplate(v.text, {values, policies});
      const list = [...checkText(text), ...glossaryFindings(text, c), ...typographyFindings(text)];
      if (missing.length || RAW_PLACEHOLDER_RE.test(text)) {
        list.push({rule: 'raw-placeholder', reason: `变体 ${i + 1} 渲染后仍有占位符：${missing.map((m) => `{${m}}`).join('、') || text}`});
      }
      const limit = v.channel === '短信' ? SMS_MAX_CHARS : v.channel === '电话' ? Infinity : SITE.chatMaxChars;
      if (text.length > limit) {
        list.push({rule: 'too-long', reason: `${v.channel ?? '在线聊天'}回复 ${text.length} 字，超过 ${limit} 字：把次要信息拆成第二条消息`});
      }
      push(`phrase:${p.id}`, p.id, list.map((f) => ({...f, reason: `[${where}] ${f.reason}`})));
    });
  }

  for (const q of c.qa) {
    const fields = [q.answer, ...q.steps, ...q.conditions, q.escalate];
    const list: {rule: LintRule; reason: string}[] = fields.flatMap((f) => {
      const text = renderTemplate(f, {policies}).text;
      return [...glossaryFindings(text, c), ...typographyFindings(text)];
    });
    // The standard answer is what agents send: it carries the reply rules too.
    list.push(...checkText(renderTemplate(q.answer, {policies}).text));
    push(`qa:${q.id}`, q.id, list);
  }
  return findings;
}

export const formatFinding = (f: Finding) =>
  `${f.file}${f.line ? `:${f.line}` : ''}  ${f.entryId}  [${LINT_RULES[f.rule]}] ${f.reason}`;
