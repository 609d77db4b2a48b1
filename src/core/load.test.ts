/**
 * Every validation rule, on a copy of the valid minimal site (`__fixtures__/valid`) with one
 * thing broken. Each test asserts what an editor reads: file, line and column where the
 * parser gives one, the field path, the entry, what is wrong and what would be right.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {formatIssue, type ContentIssue} from './issues';
import {loadContent} from './load';
import {VALID_ROOT, editValid, makeTree, readValid, removeTrees} from './__fixtures__/tree';

afterAll(removeTrees);

const TAXONOMY = 'data/taxonomy.yaml';
const COVERAGE = 'data/seed-coverage.yaml';
const POLICIES = 'data/policies/refund.yaml';
const PHRASES = 'data/phrases/reception.yaml';
const QA = 'data/qa/refund.yaml';
const SCENARIOS = 'data/scenarios/refund.yaml';

const issuesOf = (changes: Record<string, string | null>) => loadContent(makeTree(changes)).issues;
const report = (issues: ContentIssue[]) => issues.map(formatIssue).join('\n\n');

/** The one issue a change causes; fails with the full report when there are more or none. */
function onlyIssue(changes: Record<string, string | null>): ContentIssue {
  const issues = issuesOf(changes);
  expect(issues, report(issues)).toHaveLength(1);
  return issues[0]!;
}

describe('the valid fixture', () => {
  it('loads without issues, and every entry in the files is loaded', () => {
    const {content, issues} = loadContent(VALID_ROOT);
    expect(issues, report(issues)).toEqual([]);
    expect(content.rawCounts).toEqual({policies: 2, phrases: 2, qa: 1, scenarios: 1});
    expect({
      policies: content.policies.length,
      phrases: content.phrases.length,
      qa: content.qa.length,
      scenarios: content.scenarios.length,
    }).toEqual(content.rawCounts);
    expect(content.docRoutes).toEqual(['/docs/sop/close', '/docs/sop/confirm', '/docs/sop/handle', '/docs/sop/identify', '/docs/sop/reception']);
    expect(content.origins['phrase:refund-progress']).toEqual({file: PHRASES, line: 11});
  });
});

describe('YAML syntax', () => {
  it('a second "key: value" on one line: names the line and column, says to quote the text', () => {
    expect(onlyIssue({[POLICIES]: editValid(POLICIES, 'value: 原路退回', 'value: 原路退回: 三天内')})).toEqual({
      file: POLICIES,
      line: 8,
      column: 10,
      path: '(YAML 语法)',
      message: 'YAML 语法错误：一行里出现了两个「冒号 + 空格」，或下一行的缩进多了（Nested mappings are not allowed in compact mappings）',
      fix: '文本里含有「: 」时用引号把整段文本括起来，或改用中文冒号「：」；并检查下一行的缩进',
    });
  });

  it('an unclosed quote points at the line that opened it, not the end of the file', () => {
    const issue = onlyIssue({[POLICIES]: editValid(POLICIES, 'label: 退款方式', 'label: "退款方式')});
    expect(issue).toMatchObject({file: POLICIES, path: '(YAML 语法)', line: 7, column: 10});
    expect(issue.message).toBe('YAML 语法错误：缺少配对的符号或冒号（Missing closing "quote）');
    expect(issue.fix).toBe('检查引号 " "、方括号 [ ]、花括号 { } 是否成对，每个字段写成「字段名: 值」');
  });

  it('a tab used for indentation: one issue for the file, with the count of echoed errors', () => {
    const issue = onlyIssue({[POLICIES]: editValid(POLICIES, '  unit: 天', '\tunit: 天')});
    expect(issue).toMatchObject({file: POLICIES, line: 4, column: 2, path: '(YAML 语法)'});
    expect(issue.message).toMatch(/^YAML 语法错误：用了 Tab 缩进（.+）；这个文件里另有 \d+ 处语法报错，多半由这一处引起，改好后重新检查$/);
    expect(issue.fix).toBe('把行首的 Tab 换成空格（每一层两个空格）');
  });

  it('the same key twice in one entry', () => {
    expect(onlyIssue({[POLICIES]: editValid(POLICIES, '  unit: 天', '  unit: 天\n  unit: 元')})).toEqual({
      file: POLICIES,
      line: 5,
      column: 3,
      path: '(YAML 语法)',
      message: 'YAML 语法错误：同一个条目里有重复的字段（Map keys must be unique）',
      fix: '删掉重复的那一行，或把它改成正确的字段名',
    });
  });

  it('a list file that holds one object instead of a list', () => {
    expect(onlyIssue({'data/policies/extra.yaml': 'id: refund_fee\nlabel: 退款手续费\nvalue: 0\n'})).toEqual({
      file: 'data/policies/extra.yaml',
      line: 1,
      path: '(整个文件)',
      message: '文件内容应是一个列表，现在是对象（键: 值）',
      fix: '每个条目以 "- id: …" 开头，整个文件是条目的列表',
    });
  });

  it('a missing data file', () => {
    expect(onlyIssue({[TAXONOMY]: null})).toEqual({
      file: TAXONOMY,
      path: '(整个文件)',
      message: '文件不存在或无法读取',
      fix: '创建 data/taxonomy.yaml，或检查文件名',
    });
  });

  it('a file other than .yaml, or a subfolder, in a data folder is reported, not skipped', () => {
    const issues = issuesOf({'data/phrases/notes.md': '# 笔记\n', 'data/phrases/archive/old.yaml': '- id: old\n'});
    expect(issues).toEqual([
      {
        file: 'data/phrases/archive',
        path: '(整个文件)',
        message: 'data/phrases/ 下的子文件夹不会被读取，里面的条目不会出现在站点上',
        fix: '把其中的 .yaml 文件直接放到 data/phrases/ 下，并删除这个文件夹',
      },
      {
        file: 'data/phrases/notes.md',
        path: '(整个文件)',
        message: '只有 .yaml 文件会被读取，这个文件不会出现在站点上',
        fix: '改名为 .yaml 结尾，或把它移出 data/phrases/',
      },
    ]);
  });

  it.each([
    ['empty', ''],
    ['comment-only', '# 以后再加\n'],
    ['an empty list', '[]\n'],
  ])('an %s list file is an error: its entries would vanish from the site', (_kind, text) => {
    expect(onlyIssue({'data/policies/empty.yaml': text})).toEqual({
      file: 'data/policies/empty.yaml',
      line: 1,
      path: '(整个文件)',
      message: '文件是空的（或只有注释），没有任何条目：站点上这部分内容会整块消失',
      fix: '写入条目（列表文件每个条目以 "- id: …" 开头），或删除这个文件',
    });
  });

  it('a file or folder under data/ that the loader does not read is named, with where it belongs', () => {
    const issues = issuesOf({'data/qa-new.yaml': '- id: x\n', 'data/faq/refund.yaml': '- {broken\n', 'data/notes.txt': '笔记\n'});
    expect(issues.map((i) => [i.file, i.fix.split('（')[0]])).toEqual([
      ['data/faq/refund.yaml', '移到 data/qa/refund.yaml'],
      ['data/notes.txt', '问答放 data/qa/，话术放 data/phrases/，政策放 data/policies/，情景放 data/scenarios/；其他文件请移出 data/'],
      ['data/qa-new.yaml', '移到 data/qa/new.yaml'],
    ]);
    for (const i of issues) expect(i.message).toBe('站点不读取这个位置的文件，里面的内容不会出现在站点上（也不会被检查）');
  });
});

describe('encoding', () => {
  it('a UTF-8 BOM is accepted', () => {
    const issues = issuesOf({[POLICIES]: `\ufeff${readValid(POLICIES)}`});
    expect(issues, report(issues)).toEqual([]);
  });

  it('bytes that are not UTF-8 (a GBK-saved file): one issue for the file at the first bad line, references to its entries not repeated', () => {
    const root = makeTree();
    // 退款到账时间 in GBK: what Windows tools write when told "ANSI".
    const utf8 = fs.readFileSync(path.join(root, POLICIES), 'utf8');
    fs.writeFileSync(path.join(root, POLICIES), Buffer.concat([Buffer.from(utf8.split('退款到账时间')[0]!), Buffer.from([0xcd, 0xcb, 0xbf, 0xee, 0xb5, 0xbd, 0xd5, 0xcb, 0xca, 0xb1, 0xbc, 0xe4]), Buffer.from(utf8.split('退款到账时间')[1]!)]));
    const {issues, entries} = loadContent(root);
    expect(issues, report(issues)).toEqual([
      {
        file: POLICIES,
        line: 2,
        path: '(整个文件)',
        message: '文件不是 UTF-8 编码：从第 2 行起有无法识别的字节，多半是用 GBK（GB2312、ANSI）保存的，站点会把这些字显示成乱码',
        fix: '请用 UTF-8 重新保存这个文件（VS Code：点右下角的编码 →「通过编码重新打开」选 GB 18030，确认文字正常后再「通过编码保存」选 UTF-8）',
      },
    ]);
    // Its two entries still count as entries in the files.
    expect(entries.filter((e) => e.file === POLICIES).map((e) => [e.id, e.status])).toEqual([
      ['refund_days', 'unreadable'],
      ['refund_rule', 'unreadable'],
    ]);
  });

  it('U+FFFD replacement characters: one issue naming the lines', () => {
    const issue = onlyIssue({[POLICIES]: editValid(POLICIES, 'label: 退款方式', 'label: ����')});
    expect(issue).toMatchObject({file: POLICIES, line: 7, path: '(整个文件)', message: '有替换字符 �（第 7 行）：原来的文字在一次错误的编码转换里已经丢失'});
  });

  it('text that is only a zero-width space, and a zero-width character inside text', () => {
    const only = onlyIssue({[POLICIES]: editValid(POLICIES, 'label: 退款方式', 'label: "\u200b"')});
    expect(only).toMatchObject({file: POLICIES, line: 7, column: 10, path: '[1].label', entryId: 'refund_rule', message: '这段文本只有看不见的字符（U+200B），页面上会是空白'});
    const inside = onlyIssue({[POLICIES]: editValid(POLICIES, 'label: 退款方式', 'label: 退款\u2060方式')});
    expect(inside).toMatchObject({path: '[1].label', message: '文本里夹着看不见的字符 U+2060（零宽字符一类），搜索和复制出来的回复都会受影响', fix: '删除这个字符：它在「退款」之后'});
  });
});

describe('synonyms', () => {
  it('a broader term and its narrower words load beside the groups; a malformed one names its line and field', () => {
    const good = loadContent(makeTree({'data/synonyms.yaml': '- [快递, 物流]\n- {broader: 大件, narrower: [冰箱, 洗衣机]}\n'}));
    expect(good.issues).toEqual([]);
    expect(good.content.synonyms).toEqual([['快递', '物流'], {broader: '大件', narrower: ['冰箱', '洗衣机']}]);
    const issues = issuesOf({'data/synonyms.yaml': '- [快递, 物流]\n- {broader: 大件}\n- [退货]\n'});
    expect(issues, report(issues)).toMatchObject([
      {file: 'data/synonyms.yaml', line: 2, message: '缺少必填字段 narrower'},
      {file: 'data/synonyms.yaml', line: 3, message: '第 3 项一组近义词至少要有两个词'},
    ]);
  });
});

describe('YAML beyond syntax', () => {
  it('an unknown tag', () => {
    expect(onlyIssue({[POLICIES]: editValid(POLICIES, 'value: 3', 'value: !days 3')})).toMatchObject({
      file: POLICIES,
      line: 3,
      column: 10,
      message: '未知的 YAML 标签 !days：数据文件里不使用标签，这个值会被当成普通文本',
      fix: '删除 !days，直接写值；如果文本本身以 ! 开头，请用引号把整段括起来',
    });
  });

  it('an alias bomb is one issue for its file, and the other files are still checked', () => {
    let bomb = '- id: lol\n  label: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    for (let i = 0; i < 8; i++) bomb += `  l${i}: &${'bcdefghi'[i]} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]\n`;
    const issues = issuesOf({'data/policies/bomb.yaml': bomb, [QA]: editValid(QA, 'phrases: [refund-progress]', 'phrases: [refund-status]')});
    expect(issues.map((i) => `${i.file}:${i.line}  ${i.message}`), report(issues)).toEqual([
      'data/policies/bomb.yaml:2  YAML 别名（*名称）被层层展开的次数过多，像是一个“别名炸弹”，这个文件没有被读取',
      'data/qa/refund.yaml:10  引用了不存在的话术：refund-status',
    ]);
  });

  it('anchors and aliases are reported (errors could not point at the copied text)', () => {
    const issue = onlyIssue({[POLICIES]: editValid(POLICIES, 'label: 退款到账时间', 'label: &l 退款到账时间').replace('label: 退款方式', 'label: *l')});
    expect(issue).toMatchObject({line: 2, path: '(YAML 语法)', message: '用了 YAML 锚点 &l：数据文件里不使用锚点和别名', fix: '删除 &l 和引用它的 *l，在每个用到的地方把内容直接写出来'});
  });
});

describe('malformed placeholders', () => {
  it.each([
    ['{order_no', '占位符少了右花括号：「{order_no」后面没有 }', '改为 {order_no}'],
    ['{{order_no}}', '占位符用了两层花括号：{{order_no}}', '改为 {order_no}（只用一对花括号）'],
    ['{订单号}', '占位符名不能用中文：{订单号}', '改为 {order_no}，并在 placeholders 中声明 order_no'],
    ['{ order_no }', '占位符的花括号里多了空格：{ order_no }', '改为 {order_no}'],
    ['｛order_no｝', '占位符用了全角花括号：｛order_no｝', '改为半角的 {order_no}'],
  ])('%s in a variant: line, field, entry and the fix', (wrong, message, fix) => {
    expect(onlyIssue({[PHRASES]: editValid(PHRASES, '订单{order_no}退款', `订单${wrong}退款`)})).toEqual({
      file: PHRASES,
      line: 28,
      column: 13,
      path: '[1].variants[2].text',
      entryId: 'refund-progress',
      message,
      fix,
    });
  });

  it('{policy.x without its brace, in a Q&A answer', () => {
    expect(onlyIssue({[QA]: editValid(QA, '超过 {policy.refund_days}仍未', '超过 {policy.refund_days 仍未')})).toMatchObject({
      path: '[0].escalate',
      message: '占位符少了右花括号：「{policy.refund_days」后面没有 }',
      fix: '改为 {policy.refund_days}',
    });
  });

  it('{constructor}, {toString} and {__proto__} are names like any other: reported, never looked up on Object.prototype', () => {
    const issues = issuesOf({[PHRASES]: editValid(PHRASES, '您好，我是客服{agent}，请说。', '您好，我是客服{agent}{constructor}{__proto__}{toString}，请说。')});
    expect(issues.map((i) => i.message), report(issues)).toEqual([
      '花括号里的内容不是合规的占位符：{__proto__}',
      '占位符名要用小写：{toString}',
      '用到了占位符 {constructor}，但没有在 placeholders 中声明',
    ]);
  });
});

describe('fields (schema)', () => {
  it('a missing required field points at its entry', () => {
    expect(onlyIssue({[POLICIES]: editValid(POLICIES, '  label: 退款到账时间\n', '')})).toEqual({
      file: POLICIES,
      line: 1,
      column: 3,
      path: '[0].label',
      entryId: 'refund_days',
      message: '缺少必填字段 label',
      fix: '添加 label:，值为文本',
    });
  });

  it('a field left empty (null) is told apart from a missing one', () => {
    expect(onlyIssue({[QA]: editValid(QA, 'owner: 售后组', 'owner:')})).toMatchObject({
      file: QA,
      line: 12,
      path: '[0].owner',
      entryId: 'refund-arrival-time',
      message: 'owner 没有填写',
      fix: '在 owner: 后面填写文本，或删除这一行（如果它不是必填项）',
    });
  });

  it('a scalar of the wrong type: a list where a policy value goes', () => {
    expect(onlyIssue({[POLICIES]: editValid(POLICIES, 'value: 3', 'value: [1, 2]')})).toEqual({
      file: POLICIES,
      line: 3,
      column: 10,
      path: '[0].value',
      entryId: 'refund_days',
      message: 'value 的类型不对：现在是列表',
      fix: 'value 应为数字或文本；如果这是以 { 或 [ 开头的文本，请用引号把整段括起来，例如 text: "{order_no} 已发货"',
    });
  });

  it('an empty policy value', () => {
    expect(onlyIssue({[POLICIES]: editValid(POLICIES, 'value: 3', 'value: ""')})).toMatchObject({
      line: 3,
      path: '[0].value',
      message: 'value 不能为空',
      fix: '在 value: 后面填写内容',
    });
  });

  it('a variant text that starts with a placeholder and was read as a map: says to quote it', () => {
    expect(onlyIssue({[PHRASES]: editValid(PHRASES, 'text: 您好，我是客服{agent}，请说。', 'text: {agent}')})).toEqual({
      file: PHRASES,
      line: 10,
      column: 13,
      path: '[0].variants[2].text',
      entryId: 'greeting',
      message: 'text 的类型不对：现在是对象（键: 值）',
      fix: 'text 应为文本；如果这是以 { 或 [ 开头的文本，请用引号把整段括起来，例如 text: "{order_no} 已发货"',
    });
  });

  it('an unknown field that is a misspelling of a missing one: suggests the right name', () => {
    const issues = issuesOf({[POLICIES]: editValid(POLICIES, 'label: 退款到账时间', 'lable: 退款到账时间')});
    expect(issues, report(issues)).toEqual([
      {file: POLICIES, line: 1, column: 3, path: '[0].label', entryId: 'refund_days', message: '缺少必填字段 label', fix: '添加 label:，值为文本'},
      {
        file: POLICIES,
        line: 2,
        column: 10,
        path: '[0].lable',
        entryId: 'refund_days',
        message: '有未知字段：lable',
        fix: '把 lable 改为 label（字段名区分大小写）',
      },
    ]);
  });

  it('an unknown field (strict objects)', () => {
    expect(onlyIssue({[POLICIES]: editValid(POLICIES, '  unit: 天', '  unit: 天\n  source: 财务部')})).toEqual({
      file: POLICIES,
      line: 5,
      column: 11,
      path: '[0].source',
      entryId: 'refund_days',
      message: '有未知字段：source',
      fix: '删除这些字段，或检查拼写（字段名区分大小写）',
    });
  });

  it('an empty variant (text: "")', () => {
    expect(onlyIssue({[PHRASES]: editValid(PHRASES, 'text: 您好，我是客服{agent}，请说。', 'text: ""')})).toEqual({
      file: PHRASES,
      line: 10,
      column: 13,
      path: '[0].variants[2].text',
      entryId: 'greeting',
      message: 'text 不能为空',
      fix: '在 text: 后面填写内容',
    });
  });

  it('a variant without text', () => {
    expect(onlyIssue({[PHRASES]: editValid(PHRASES, '      text: 您好，我是客服{agent}，请说。\n', '')})).toEqual({
      file: PHRASES,
      line: 9,
      column: 7,
      path: '[0].variants[2].text',
      entryId: 'greeting',
      message: '缺少必填字段 text',
      fix: '添加 text:，值为文本',
    });
  });

  it('a phrase with no variants', () => {
    const variants = readValid(PHRASES).split('\n').slice(4, 10).join('\n');
    expect(onlyIssue({[PHRASES]: editValid(PHRASES, variants, '    []')})).toEqual({
      file: PHRASES,
      line: 5,
      column: 5,
      path: '[0].variants',
      entryId: 'greeting',
      message: 'variants 至少需要一个变体（variants）',
      fix: 'variants 至少填写 1 项',
    });
  });

  it('a value outside an enum (tone) lists the allowed values', () => {
    expect(onlyIssue({[PHRASES]: editValid(PHRASES, 'tone: 简洁', 'tone: 简单')})).toEqual({
      file: PHRASES,
      line: 9,
      column: 13,
      path: '[0].variants[2].tone',
      entryId: 'greeting',
      message: 'tone 的值不在允许的范围内：文本「简单」',
      fix: '可选值：亲切 / 专业 / 简洁',
    });
  });

  it('an id that is not lower-case ASCII', () => {
    const issue = onlyIssue({[SCENARIOS]: editValid(SCENARIOS, 'id: refund-anxious', 'id: Refund Anxious')});
    expect(issue).toMatchObject({file: SCENARIOS, line: 1, column: 7, path: '[0].id', entryId: 'Refund Anxious'});
    expect(issue.message).toBe('id 格式不对：文本「Refund Anxious」');
    expect(issue.fix).toBe('id 只能用小写英文字母、数字，以及连接单词的 - 或 _（例如 refund-arrival-time）');
  });

  it('a review date that is not YYYY-MM-DD', () => {
    expect(onlyIssue({[QA]: editValid(QA, 'reviewed: 2026-01-15', 'reviewed: 2026/01/15')})).toEqual({
      file: QA,
      line: 13,
      column: 13,
      path: '[0].reviewed',
      entryId: 'refund-arrival-time',
      message: 'reviewed 格式不对：文本「2026/01/15」',
      fix: '应为 YYYY-MM-DD 格式的日期（例如 2026-10-15）',
    });
  });

  it('an empty item in a list of texts', () => {
    expect(onlyIssue({[QA]: editValid(QA, 'alternates: [钱什么时候退, 退款怎么还没到]', 'alternates: [钱什么时候退, ""]')})).toMatchObject({
      line: 3,
      path: '[0].alternates[1]',
      message: 'alternates 的第 2 项不能为空',
      fix: '填写这一项的内容，或删除这一项',
    });
  });

  it('a bare "-" in a list file', () => {
    expect(onlyIssue({'data/policies/extra.yaml': '-\n- {id: refund_fee, label: 退款手续费, value: 0, unit: 元, basis: [platform]}\n'})).toMatchObject({
      file: 'data/policies/extra.yaml',
      line: 1,
      path: '[0]',
      message: '第 1 项是空的',
      fix: '填写这一项（应为对象（键: 值）），或删除这个多余的 -',
    });
  });

  it('an unknown placeholder type', () => {
    expect(onlyIssue({[PHRASES]: editValid(PHRASES, 'order_no: {type: order_no}', 'order_no: {type: order}')})).toMatchObject({
      line: 17,
      path: '[1].placeholders.order_no.type',
      entryId: 'refund-progress',
      message: 'type 的值不在允许的范围内：文本「order」',
      fix: '可选值：order_no / money / datetime / product / tracking_no / customer_title / agent_name / platform_name / text',
    });
  });

  it('a placeholder name that is not lower-case', () => {
    const text = editValid(PHRASES, 'order_no: {type: order_no}', 'OrderNo: {type: order_no}').replaceAll('{order_no}', '{OrderNo}');
    const issue = issuesOf({[PHRASES]: text}).find((i) => i.path === '[1].placeholders.OrderNo');
    expect(issue).toMatchObject({
      line: 17,
      entryId: 'refund-progress',
      message: 'placeholders 里的名称「OrderNo」不合规',
      fix: '占位符名只能用小写英文字母、数字和 _，并以字母开头',
    });
  });

  it('format on a placeholder that is not a datetime', () => {
    expect(onlyIssue({[PHRASES]: editValid(PHRASES, 'order_no: {type: order_no}', 'order_no: {type: order_no, format: date}')})).toMatchObject({
      line: 17,
      path: '[1].placeholders.order_no.format',
      message: 'format：只有 datetime 类型的占位符可以设置 format',
      fix: '请删除 format，或把 type 改为 datetime',
    });
  });

  it('the taxonomy must keep exactly five SOP stages', () => {
    const close = '  - {id: close, name: 结束与跟进, doc: /docs/sop/close, goal: 礼貌收尾并按时回访。}\n';
    expect(onlyIssue({[TAXONOMY]: editValid(TAXONOMY, close, '')})).toEqual({
      file: TAXONOMY,
      line: 3,
      column: 3,
      path: 'stages',
      message: 'stages SOP 固定为五个环节：接待、需求识别、问题处理、方案确认、结束与跟进',
      fix: 'stages 正好要有 5 项',
    });
  });

  it('a seed-coverage target that is not a doc, phrase or Q&A reference', () => {
    expect(onlyIssue({[COVERAGE]: editValid(COVERAGE, 'qa:refund-arrival-time', 'faq:refund-arrival-time')})).toEqual({
      file: COVERAGE,
      line: 8,
      column: 16,
      path: '[1].covered_by[0]',
      entryId: 'refund-time',
      message: 'covered_by 的第 1 项格式不对：文本「faq:refund-arrival-time」',
      fix: '应为 doc:/docs/…、phrase:<id> 或 qa:<id>',
    });
  });

  it('a scenario option that is neither best nor names its mistake', () => {
    const issue = onlyIssue({[SCENARIOS]: editValid(SCENARIOS, '          best: true\n', '')});
    expect(issue).toMatchObject({file: SCENARIOS, line: 13, path: '[0].turns[0].options[0].mistake', entryId: 'refund-anxious'});
    expect(issue.message).toMatch(/^mistake：非最佳回复要标注犯了哪种错误：template_empathy \/ bare_refusal \/ /);
    expect(issue.fix).toBe('按上面的说明修改 mistake');
  });

  it('a scenario turn with fewer than three options', () => {
    const option = '        - reply: 请耐心等待。\n          mistake: no_solution\n          feedback: 没有给出具体进度。\n          doc: /docs/sop/handle\n';
    expect(onlyIssue({[SCENARIOS]: editValid(SCENARIOS, option, '')})).toMatchObject({
      line: 13,
      path: '[0].turns[0].options',
      message: 'options 每一轮要有 3 到 4 个候选回复',
      fix: 'options 至少填写 3 项',
    });
  });
});

describe('ids', () => {
  it('a duplicate id across two files names where it was first used', () => {
    expect(onlyIssue({'data/policies/services.yaml': '- {id: refund_days, label: 退款到账时间, value: 5, unit: 天, basis: [platform]}\n'})).toEqual({
      file: 'data/policies/services.yaml',
      line: 1,
      column: 8,
      path: '[0].id',
      entryId: 'refund_days',
      message: 'id 重复：refund_days 已在 data/policies/refund.yaml:1 使用',
      fix: '给这个条目换一个没有用过的 id（id 会出现在链接里，发布后不要再改）',
    });
  });

  it('a duplicate id in the same file', () => {
    expect(onlyIssue({[POLICIES]: `${readValid(POLICIES)}- {id: refund_days, label: 退款到账时间, value: 5, unit: 天, basis: [platform]}\n`})).toMatchObject({
      file: POLICIES,
      line: 10,
      column: 8,
      path: '[2].id',
      message: 'id 重复：refund_days 已在 data/policies/refund.yaml:1 使用',
    });
  });

  it('a duplicate id in the taxonomy', () => {
    expect(onlyIssue({[TAXONOMY]: editValid(TAXONOMY, '{id: close,', '{id: confirm,')})).toEqual({
      file: TAXONOMY,
      line: 7,
      column: 10,
      path: 'stages[4].id',
      entryId: 'confirm',
      message: 'id 重复：confirm 已在第 4 项使用',
      fix: '每个环节、分类和场景的 id 都要唯一',
    });
  });

  it('a duplicate id in the seed coverage', () => {
    expect(onlyIssue({[COVERAGE]: editValid(COVERAGE, 'id: refund-time', 'id: reception-opening')})).toEqual({
      file: COVERAGE,
      line: 5,
      column: 7,
      path: '[1].id',
      entryId: 'reception-opening',
      message: 'id 重复：reception-opening 已在第 1 项使用',
      fix: '给这一项换一个没有用过的 id',
    });
  });
});

describe('variants and placeholders', () => {
  it('a duplicate tone + channel in one phrase', () => {
    expect(onlyIssue({[PHRASES]: editValid(PHRASES, 'tone: 简洁\n      text: 您好', 'tone: 专业\n      text: 您好')})).toEqual({
      file: PHRASES,
      line: 9,
      column: 7,
      path: '[0].variants[2]',
      entryId: 'greeting',
      message: '变体重复：语气「专业」+ 渠道「通用」已经有一条',
      fix: '换一个语气或渠道，或把两条合并',
    });
  });

  it('a placeholder used in a variant but not declared', () => {
    expect(onlyIssue({[PHRASES]: editValid(PHRASES, '请说。', '{customer}请说。')})).toEqual({
      file: PHRASES,
      line: 10,
      column: 13,
      path: '[0].variants[2].text',
      entryId: 'greeting',
      message: '用到了占位符 {customer}，但没有在 placeholders 中声明',
      fix: '在 placeholders 下添加 customer: {type: …}（可选类型：order_no / money / datetime / product / tracking_no / customer_title / text），或改成已声明的占位符：（无）',
    });
  });

  it('an undeclared placeholder lists the declared ones', () => {
    const issue = onlyIssue({[PHRASES]: editValid(PHRASES, '订单{order_no}退款', '订单{order}退款')});
    expect(issue).toMatchObject({line: 28, path: '[1].variants[2].text', message: '用到了占位符 {order}，但没有在 placeholders 中声明'});
    expect(issue.fix).toMatch(/或改成已声明的占位符：order_no \/ amount$/);
  });

  it('a placeholder declared but used by no variant', () => {
    expect(onlyIssue({[PHRASES]: editValid(PHRASES, '    amount: {type: money, label: 退款金额}\n', '    amount: {type: money, label: 退款金额}\n    product: {type: product}\n')})).toEqual({
      file: PHRASES,
      line: 19,
      column: 14,
      path: '[1].placeholders.product',
      entryId: 'refund-progress',
      message: '占位符 product 已声明，但没有任何变体用到它',
      fix: '删除这个声明，或在变体正文里用 {product}',
    });
  });

  it('a variant that is only placeholders', () => {
    expect(onlyIssue({[PHRASES]: editValid(PHRASES, 'text: 您好，我是客服{agent}，请说。', 'text: "{agent}"')})).toMatchObject({
      line: 10,
      path: '[0].variants[2].text',
      message: '变体只有占位符，没有正文',
      fix: '写出完整的回复句子',
    });
  });
});

describe('references', () => {
  it('a phrase quoting an unknown policy fact', () => {
    expect(onlyIssue({[PHRASES]: editValid(PHRASES, '{policy.refund_rule}，到账', '{policy.refund_way}，到账')})).toEqual({
      file: PHRASES,
      line: 22,
      column: 13,
      path: '[1].variants[0].text',
      entryId: 'refund-progress',
      message: '引用了不存在的政策：refund_way',
      fix: '改为已有的政策（refund_days / refund_rule），或先在 data/policies/ 中添加它',
    });
  });

  it('a Q&A relying on an unknown policy fact', () => {
    expect(onlyIssue({[QA]: editValid(QA, 'policies: [refund_days]', 'policies: [refund_day]')})).toMatchObject({
      line: 9,
      path: '[0].policies[0]',
      entryId: 'refund-arrival-time',
      message: '引用了不存在的政策：refund_day',
    });
  });

  it('a Q&A linking an unknown phrase', () => {
    expect(onlyIssue({[QA]: editValid(QA, 'phrases: [refund-progress]', 'phrases: [refund-status]')})).toEqual({
      file: QA,
      line: 10,
      column: 13,
      path: '[0].phrases[0]',
      entryId: 'refund-arrival-time',
      message: '引用了不存在的话术：refund-status',
      fix: '改为已有的话术（greeting / refund-progress），或先在 data/phrases/ 中添加它',
    });
  });

  it('a phrase in an unknown stage', () => {
    expect(onlyIssue({[PHRASES]: editValid(PHRASES, 'stage: reception', 'stage: welcome')})).toEqual({
      file: PHRASES,
      line: 3,
      column: 10,
      path: '[0].stage',
      entryId: 'greeting',
      message: '引用了不存在的环节：welcome',
      fix: '改为已有的环节（reception / identify / handle / confirm / close），或先在 data/taxonomy.yaml 的 stages 中添加它',
    });
  });

  it('a Q&A in an unknown category', () => {
    expect(onlyIssue({[QA]: editValid(QA, 'category: refund', 'category: refunds')})).toEqual({
      file: QA,
      line: 4,
      column: 13,
      path: '[0].category',
      entryId: 'refund-arrival-time',
      message: '引用了不存在的问题分类：refunds',
      fix: '改为已有的问题分类（refund / logistics），或先在 data/taxonomy.yaml 的 categories 中添加它',
    });
  });

  it('a phrase with an unknown special-scenario tag', () => {
    expect(onlyIssue({[PHRASES]: editValid(PHRASES, 'scenario: soothing', 'scenario: angry')})).toMatchObject({
      line: 15,
      path: '[1].scenario',
      message: '引用了不存在的特殊场景：angry',
      fix: '改为已有的特殊场景（soothing），或先在 data/taxonomy.yaml 的 scenarios 中添加它',
    });
  });

  it('a placeholder in a Q&A (Q&A may only quote policies)', () => {
    expect(onlyIssue({[QA]: editValid(QA, '核对订单号和售后单状态。', '核对订单{order_no}的状态。')})).toEqual({
      file: QA,
      line: 7,
      column: 7,
      path: '[0].steps[0]',
      entryId: 'refund-arrival-time',
      message: '问答里出现了占位符 {order_no}',
      fix: '问答只能引用政策 {policy.<id>}；需要客服填写的回复请放进话术库，再在 phrases 中关联',
    });
  });

  it('a seed-coverage target that does not exist', () => {
    expect(onlyIssue({[COVERAGE]: editValid(COVERAGE, 'qa:refund-arrival-time', 'qa:refund-time')})).toEqual({
      file: COVERAGE,
      line: 8,
      column: 16,
      path: '[1].covered_by[0]',
      entryId: 'refund-time',
      message: '覆盖目标不存在：qa:refund-time',
      fix: '改为已有的页面（doc:/docs/…）、话术（phrase:<id>）或问答（qa:<id>）',
    });
  });

  it('a seed-coverage doc that does not exist', () => {
    expect(onlyIssue({[COVERAGE]: editValid(COVERAGE, 'doc:/docs/sop/reception', 'doc:/docs/sop/welcome')})).toMatchObject({
      line: 4,
      path: '[0].covered_by[0]',
      message: '覆盖目标不存在：doc:/docs/sop/welcome',
    });
  });

  it('a stage whose SOP page does not exist', () => {
    const issue = onlyIssue({[TAXONOMY]: editValid(TAXONOMY, 'doc: /docs/sop/close', 'doc: /docs/sop/closing')});
    expect(issue).toMatchObject({file: TAXONOMY, line: 7, path: 'stages[4].doc', entryId: 'close', message: '链接的页面不存在：/docs/sop/closing'});
    expect(issue.fix).toMatch(/^改为已有的页面，例如 \/docs\/sop\/close \/ .+，或先在 docs\/ 下创建这个页面$/);
  });

  it('a scenario option linking a page that does not exist', () => {
    const issue = onlyIssue({[SCENARIOS]: editValid(SCENARIOS, 'doc: /docs/sop/handle#empathy', 'doc: /docs/sop/empathy')});
    expect(issue).toMatchObject({line: 25, path: '[0].turns[0].options[2].doc', entryId: 'refund-anxious', message: '链接的页面不存在：/docs/sop/empathy'});
  });

  it('a scenario option naming an unknown phrase', () => {
    expect(onlyIssue({[SCENARIOS]: editValid(SCENARIOS, 'phrase: refund-progress', 'phrase: refund')})).toMatchObject({
      line: 17,
      path: '[0].turns[0].options[0].phrase',
      message: '引用了不存在的话术：refund',
    });
  });

  it('a scenario quoting an unknown policy fact', () => {
    expect(onlyIssue({[SCENARIOS]: editValid(SCENARIOS, '{policy.refund_days}', '{policy.refund_day}')})).toEqual({
      file: SCENARIOS,
      line: 13,
      column: 18,
      path: '[0].turns[0].options[0].reply',
      entryId: 'refund-anxious',
      message: '引用了不存在的政策：refund_day',
      fix: '改为已有的政策（refund_days / refund_rule），或先在 data/policies/ 中添加它',
    });
  });

  it('a placeholder in a scenario (scenarios are worked examples)', () => {
    expect(onlyIssue({[SCENARIOS]: editValid(SCENARIOS, '客户退货三天后', '客户{customer}退货三天后')})).toEqual({
      file: SCENARIOS,
      line: 7,
      column: 14,
      path: '[0].situation',
      entryId: 'refund-anxious',
      message: '情景里出现了占位符 {customer}',
      fix: '情景是写好的示范对话，请写出具体内容（例如订单号写成 2026112400012345）；引用政策用 {policy.<id>}',
    });
  });

  it('a scenario turn without exactly one best reply', () => {
    const text = editValid(SCENARIOS, '          mistake: no_solution\n', '          best: true\n');
    expect(onlyIssue({[SCENARIOS]: text})).toMatchObject({
      line: 13,
      path: '[0].turns[0].options',
      message: '这一轮有 2 个最佳回复',
      fix: '每一轮恰好一个选项标 best: true',
    });
  });

  it('a scenario branching back to the same turn, or to a turn that does not exist', () => {
    const back = onlyIssue({[SCENARIOS]: editValid(SCENARIOS, '          phrase: refund-progress\n', '          phrase: refund-progress\n          next: ask\n')});
    expect(back).toMatchObject({line: 18, path: '[0].turns[0].options[0].next', message: '跳转到了当前或之前的轮次：ask，对话会绕圈', fix: '只能跳到后面的轮次，或写 end 结束'});
    const unknown = onlyIssue({[SCENARIOS]: editValid(SCENARIOS, '          phrase: refund-progress\n', '          phrase: refund-progress\n          next: later\n')});
    expect(unknown).toMatchObject({line: 18, path: '[0].turns[0].options[0].next', message: '跳转到不存在的轮次：later'});
  });
});

describe('one run reports everything', () => {
  it('errors in several files are all reported, each naming its own file', () => {
    const issues = issuesOf({
      [POLICIES]: editValid(POLICIES, 'value: 3', 'value: [1, 2]'),
      [PHRASES]: editValid(PHRASES, 'tone: 简洁', 'tone: 简单'),
      [QA]: editValid(QA, 'phrases: [refund-progress]', 'phrases: [refund-status]'),
      'data/glossary.yaml': '- {preferred: 订单号, avoid: [], reason: 与订单详情页一致。}\n',
      [SCENARIOS]: editValid(SCENARIOS, 'mood: 着急', 'mood: 很着急'),
    });
    expect(issues.map((i) => `${i.file}:${i.line}  ${i.path}`), report(issues)).toEqual([
      'data/glossary.yaml:1  [0].avoid',
      'data/phrases/reception.yaml:9  [0].variants[2].tone',
      'data/policies/refund.yaml:3  [0].value',
      'data/qa/refund.yaml:10  [0].phrases[0]',
      'data/scenarios/refund.yaml:11  [0].turns[0].mood',
    ]);
  });

  it('a syntax error in one file does not hide errors in another', () => {
    const issues = issuesOf({
      [TAXONOMY]: `${readValid(TAXONOMY)}  - {id: vip, name: 高价值客户\n`,
      [QA]: editValid(QA, 'phrases: [refund-progress]', 'phrases: [refund-status]'),
    });
    expect(issues.map((i) => `${i.file}  ${i.path}`), report(issues)).toEqual(['data/qa/refund.yaml  [0].phrases[0]', 'data/taxonomy.yaml  (YAML 语法)']);
  });

  it('an entry that fails its schema is reported once, not again at every reference to it', () => {
    // refund_days is broken; the phrase, the Q&A and the coverage still name it.
    const issues = issuesOf({[POLICIES]: editValid(POLICIES, 'value: 3', 'value: [1, 2]')});
    expect(issues.map((i) => i.path), report(issues)).toEqual(['[0].value']);
  });

  it('a file with a syntax error is reported once, not again at every reference to its entries', () => {
    const issues = issuesOf({[PHRASES]: editValid(PHRASES, 'title: 标准开场白', 'title: "标准开场白')});
    expect(issues.map((i) => `${i.file}  ${i.path}`), report(issues)).toEqual([`${PHRASES}  (YAML 语法)`]);
  });
});

describe('nothing is skipped silently', () => {
  const broken: Record<string, Record<string, string | null>> = {
    'a wrong type': {[POLICIES]: editValid(POLICIES, 'value: 3', 'value: [1, 2]')},
    'a missing variant text': {[PHRASES]: editValid(PHRASES, '      text: 您好，我是客服{agent}，请说。\n', '')},
    'a duplicate id': {'data/qa/more.yaml': readValid(QA)},
    'a bad date': {[QA]: editValid(QA, 'reviewed: 2026-01-15', 'reviewed: 15.01.2026')},
    'an empty item': {'data/policies/extra.yaml': '-\n'},
  };

  it.each(Object.entries(broken))('%s: every entry in the files is either loaded or has an issue', (_name, changes) => {
    const {content, issues} = loadContent(makeTree(changes));
    expect(issues.length).toBeGreaterThan(0);
    const loaded = {policies: content.policies.length, phrases: content.phrases.length, qa: content.qa.length, scenarios: content.scenarios.length};
    for (const kind of ['policies', 'phrases', 'qa', 'scenarios'] as const) {
      const dropped = content.rawCounts[kind] - loaded[kind];
      const dir = `data/${kind}/`;
      // Each dropped entry has at least one issue in its folder that names it (or its index).
      const named = new Set(issues.filter((i) => i.file.startsWith(dir) && /^\[\d+\]/.test(i.path)).map((i) => `${i.file}${/^\[\d+\]/.exec(i.path)![0]}`));
      expect(named.size, `${kind}: ${report(issues)}`).toBe(dropped);
    }
  });
});
