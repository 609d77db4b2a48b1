/**
 * Rules about the policy facts themselves and how they are quoted: a total that must equal
 * its parts (`sum_of`), facts that must be quoted together (`quote_with`: a percentage
 * coupon with the cap that bounds it), and the basis as pages show it (依据).
 */
import type {ContentIssue} from './issues';
import type {KbContent} from './load';
import {dataFields, findNumbers, mdxProse, type DocSource} from './numbers';
import type {PolicyFact} from './schema';
import {formatPolicy, policyRefs} from './template';

/** 《网络购买商品七日无理由退货暂行办法》第六条; 平台规则. */

/** A fact's `sum_of` parts add up to its value; parts exist and are numbers in the same unit. */
export function sumIssues(c: KbContent): ContentIssue[] {
  const byId = new Map(c.policies.map((p) => [p.id, p]));
  const issues: ContentIssue[] = [];
  for (const p of c.policies) {
    if (!p.sum_of) continue;
    const at = (message: string, fix: string) => issues.push({file: c.origins[`policy:${p.id}`]?.file ?? '?', path: 'sum_of', entryId: p.id, message, fix});
    const parts = p.sum_of.map((id) => byId.get(id));
    const missing = p.sum_of.filter((_, i) => !parts[i]);
    if (missing.length) {
      at(`sum_of 引用了不存在的政策：${missing.join('、')}`, '改为已有的政策 id');
      continue;
    }
    const bad = parts.filter((q) => typeof q!.value !== 'number' || q!.unit !== p.unit);
    if (bad.length || typeof p.value !== 'number') {
      at(`sum_of 的各项和总数都要是单位为“${p.unit}”的数字，${bad.map((q) => q!.id).join('、') || p.id} 不是`, '只把同一单位的数字政策写进 sum_of');
      continue;
    }
    const total = parts.reduce((n, q) => n + (q!.value as number), 0);
    if (total !== p.value) {
      at(
        `${p.label}是 ${formatPolicy(p)}，但 ${p.sum_of.join(' + ')} = ${formatPolicy({value: total, unit: p.unit})}`,
        `把 value 改为 ${total}，或调整 ${p.sum_of.join('、')}，让总数和各段一致`,
      );
    }
  }
  return issues;
}

/** Facts quoted in `text` that need a companion fact the same text does not quote. */
function missingCompanions(refs: readonly string[], byId: ReadonlyMap<string, PolicyFact>): [PolicyFact, string[]][] {
  return refs.flatMap((id) => {
    const fact = byId.get(id);
    const missing = (fact?.quote_with ?? []).filter((w) => !refs.includes(w));
    return fact && missing.length ? [[fact, missing] as [PolicyFact, string[]]] : [];
  });
}

/** Every text that quotes a fact with `quote_with` also quotes the companions, in data and MDX. */
export function quoteWithIssues(c: KbContent, docs: readonly DocSource[] = []): ContentIssue[] {
  const byId = new Map(c.policies.map((p) => [p.id, p]));
  const issues: ContentIssue[] = [];
  const message = (fact: PolicyFact, missing: string[]) =>
    `引用了“${fact.label}”（${fact.id}），却没有同时写出 ${missing.map((m) => `“${byId.get(m)?.label ?? m}”（${m}）`).join('、')}`;
  const check = (key: string, entryId: string, path: string, text: string | undefined) => {
    if (!text) return;
    for (const [fact, missing] of missingCompanions(policyRefs(text), byId)) {
      issues.push({
        file: c.origins[key]?.file ?? '?',
        path,
        entryId,
        message: message(fact, missing),
        fix: `在同一句里写上 ${missing.map((m) => `{policy.${m}}`).join('、')}，例如“订单金额 {policy.${fact.id}}、最高 {policy.${missing[0]}} 的补偿券”`,
      });
    }
  };
  for (const p of c.phrases) p.variants.forEach((v, i) => check(`phrase:${p.id}`, p.id, `variants[${i}].text`, v.text));
  for (const q of c.qa) {
    const key = `qa:${q.id}`;
    check(key, q.id, 'answer', q.answer);
    check(key, q.id, 'escalate', q.escalate);
    q.steps.forEach((t, i) => check(key, q.id, `steps[${i}]`, t));
    q.conditions.forEach((t, i) => check(key, q.id, `conditions[${i}]`, t));
  }
  for (const s of c.scenarios) {
    const key = `scenario:${s.id}`;
    check(key, s.id, 'situation', s.situation);
    s.turns.forEach((t, ti) => {
      check(key, s.id, `turns[${ti}].customer`, t.customer);
      t.options.forEach((o, oi) => {
        check(key, s.id, `turns[${ti}].options[${oi}].reply`, o.reply);
        check(key, s.id, `turns[${ti}].options[${oi}].feedback`, o.feedback);
      });
    });
  }
  for (const d of docs) {
    d.text.split('\n').forEach((line, i) => {
      const refs = [...line.matchAll(/<Policy\s+id="([^"]+)"/g)].map((m) => m[1]!);
      for (const [fact, missing] of missingCompanions(refs, byId)) {
        issues.push({
          file: d.file,
          line: i + 1,
          path: '(正文)',
          message: message(fact, missing),
          fix: `在同一行里写上 ${missing.map((m) => `<Policy id="${m}" />`).join('、')}，例如“订单金额 <Policy id="${fact.id}" />、最高 <Policy id="${missing[0]}" /> 的补偿券”`,
        });
      }
    });
  }
  return issues;
}

/** Words that state what an agent may give: a sentence with one of them states the authority. */
const AUTHORITY = /权限|最高标准|最多只能给|最多能给/;
/** A sentence that says an amount is over the limit is right, whatever the amount. */
const EXCEEDS = /超出|超过|超了|远超/;
const SENTENCES = /[^。！？；\n]+/g;

/**
 * The agents' compensation authority is one fact: a sentence that states the limit with
 * another amount (“补偿权限是 20 元券”, “20 元券已经是最高标准了”) contradicts it.
 */
export function authorityIssues(c: KbContent, docs: readonly DocSource[] = [], capId = 'agent_compensation_cap_yuan'): ContentIssue[] {
  const byId = new Map(c.policies.map((p) => [p.id, p]));
  const cap = byId.get(capId);
  if (!cap || typeof cap.value !== 'number') return [];
  const wrongAmounts = (sentence: string): string[] => {
    if (!AUTHORITY.test(sentence) || EXCEEDS.test(sentence)) return [];
    const bare = findNumbers(sentence.replace(/\{[^{}]*\}|<Policy[^>]*\/>/g, (m) => ' '.repeat(m.length)))
      .filter((n) => n.unit === '元' && !n.values.includes(cap.value as number))
      .map((n) => n.text);
    const refs = [...sentence.matchAll(/\{policy\.([a-z0-9_]+)\}|<Policy\s+id="([^"]+)"/g)]
      .map((m) => byId.get(m[1] ?? m[2]!))
      .filter((p) => p && p.id !== capId && p.unit === '元')
      .map((p) => formatPolicy(p!));
    return [...bare, ...refs];
  };
  const message = (amount: string, sentence: string) =>
    `这句话把“${amount}”说成了补偿权限（“${sentence.trim()}”），而一线客服的补偿权限是 ${formatPolicy(cap)}（${capId}）`;
  const issues: ContentIssue[] = [];
  for (const f of dataFields(c)) {
    if (f.phrasing) continue;
    for (const [sentence] of (f.text ?? '').matchAll(SENTENCES)) {
      for (const amount of wrongAmounts(sentence)) {
        issues.push({file: f.file, path: f.path, entryId: f.entryId, message: message(amount, sentence), fix: `权限写 {policy.${capId}}；超出权限的补偿交给组长审批`});
      }
    }
  }
  for (const d of docs) {
    // <Policy id="x" /> is blanked as non-prose by mdxProse: keep it visible here as {policy.x}.
    const withRefs = d.text.replace(/<Policy\s+id="([^"]+)"[^>]*\/>/g, (tag, id: string) => `{policy.${id}}`.padEnd(tag.length));
    mdxProse(withRefs).prose.split('\n').forEach((line, i) => {
      for (const [sentence] of line.matchAll(SENTENCES)) {
        for (const amount of wrongAmounts(sentence)) {
          issues.push({file: d.file, line: i + 1, path: '(正文)', message: message(amount, sentence), fix: `权限写 <Policy id="${capId}" />；超出权限的补偿交给组长审批`});
        }
      }
    });
  }
  return issues;
}

/**
 * Wordings a fact declares wrong (`contradicted_by`): found in any text readers see, except
 * the deliberate mistakes of a scenario (its feedback explains them).
 */
export function contradictionIssues(c: KbContent, docs: readonly DocSource[] = []): ContentIssue[] {
  const claims = c.policies.flatMap((p) => p.contradicted_by.map((k) => ({fact: p, re: new RegExp(k.pattern), why: k.why})));
  if (!claims.length) return [];
  const issues: ContentIssue[] = [];
  const scan = (text: string, at: (message: string, fix: string) => void, mdx: boolean) => {
    for (const {fact, re, why} of claims) {
      const m = re.exec(text);
      if (!m) continue;
      const ref = mdx ? `<Policy id="${fact.id}" />` : `{policy.${fact.id}}`;
      at(`“${m[0]}”与政策“${fact.label}”（${fact.id}）矛盾：${why}`, `按政策改写，需要时引用 ${ref}（${String(fact.value).slice(0, 40)}${String(fact.value).length > 40 ? '…' : ''}）`);
    }
  };
  for (const f of dataFields(c)) {
    if (!f.text || f.deliberate || f.phrasing) continue;
    scan(f.text, (message, fix) => issues.push({file: f.file, path: f.path, entryId: f.entryId, message, fix}), false);
  }
  for (const d of docs) {
    mdxProse(d.text).prose.split('\n').forEach((line, i) => scan(line, (message, fix) => issues.push({file: d.file, line: i + 1, path: '(正文)', message, fix}), true));
  }
  return issues;
}

/** A fact quoted in a sentence it does not belong to (`misquoted_in`), in data and MDX. */
export function misquoteIssues(c: KbContent, docs: readonly DocSource[] = []): ContentIssue[] {
  const rules = c.policies.flatMap((p) => p.misquoted_in.map((k) => ({fact: p, re: new RegExp(k.pattern), why: k.why})));
  if (!rules.length) return [];
  const issues: ContentIssue[] = [];
  const scan = (text: string, at: (message: string, fix: string) => void) => {
    for (const [sentence] of text.matchAll(SENTENCES)) {
      for (const {fact, re, why} of rules) {
        const quoted = sentence.includes(`{policy.${fact.id}}`) || sentence.includes(`<Policy id="${fact.id}"`);
        if (quoted && re.test(sentence)) at(`这句话引用了“${fact.label}”（${fact.id}），但说的不是这条规则（“${sentence.trim()}”）：${why}`, '改引用说的那条规则对应的政策');
      }
    }
  };
  for (const f of dataFields(c)) {
    if (!f.text || f.deliberate || f.phrasing) continue;
    scan(f.text, (message, fix) => issues.push({file: f.file, path: f.path, entryId: f.entryId, message, fix}));
  }
  for (const d of docs) d.text.split('\n').forEach((line, i) => scan(line, (message, fix) => issues.push({file: d.file, line: i + 1, path: '(正文)', message, fix})));
  return issues;
}
