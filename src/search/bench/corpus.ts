/**
 * A seeded generator of a realistic Simplified-Chinese customer-service corpus for the
 * search benchmark: 85% Q&A entries (110–300-character answers), 15% phrases, 20
 * entries to a page. The same seed gives the same corpus and the same queries.
 */
import {shownAlt, type SearchDoc} from '../format';

export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRODUCTS = [
  '保温杯', '蓝牙耳机', '面霜', '打印机', '儿童书包', '羽绒服', '扫地机器人', '空气炸锅', '电动牙刷', '婴儿奶粉',
  '运动鞋', '手机壳', '台灯', '行李箱', '咖啡机', '洗发水', '智能手表', '电饭煲', '瑜伽垫', '机械键盘',
  '床上四件套', '保湿精华', '猫粮', '儿童积木', '登山包', '电热水壶', '护眼显示器', '无线鼠标', '充电宝', '破壁机',
];
const ISSUES = [
  '收到就坏了', '一直不发货', '物流好几天不动', '尺码不合适', '颜色和图片不一样', '用了过敏', '少发了配件', '发错货了',
  '退款还没到账', '优惠券用不了', '发票抬头写错了', '地址填错了', '签收了但没收到', '包装破损', '有异味', '充不进电',
  '想换个颜色', '降价了想退差价', '安装不会弄', '声音很小', '漏水', '开不了机', '少了赠品', '快递员态度差',
];
const ACTIONS = [
  '核实订单号和签收时间', '请客户拍照上传', '联系仓库核对出库记录', '提交售后申请', '安排快递上门取件', '联系物流方加急处理',
  '补发新商品', '申请退款', '发放补偿优惠券', '转交主管处理', '登记工单并约定回访时间', '查询物流轨迹',
];
const CLAUSES = [
  '签收后 {n} 天内可以申请无理由退货，商品需保持原状',
  '仓库签收退回商品后，退款会在 {n} 小时内原路退回',
  '质量问题由我们承担来回运费，您不需要垫付',
  '物流超过 {n} 小时没有更新时，客服会联系快递公司查件',
  '补发的商品会优先出库，快递单号会短信通知您',
  '如果是银行卡支付，到账时间以银行处理为准，最长 {n} 个工作日',
  '优惠券不能叠加时，可以选择其中力度最大的一张使用',
  '大促期间咨询量较大，我们会按顺序尽快回复',
  '修改地址需要在发货前提交，发货后可以联系快递改派',
  '电子发票会在确认收货后 {n} 个工作日内开具',
  '请保留好商品和包装，方便快递员上门取件时核对',
  '处理结果出来后，我们会在 {n} 小时内主动联系您',
];
const QUESTION_TEMPLATES = [
  '我买的{p}{i}，怎么办？',
  '{p}{i}，能退吗？',
  '{p}{i}怎么处理',
  '请问{p}{i}可以换吗',
  '{i}，{p}还能售后吗？',
  '为什么我的{p}{i}',
];
const PHRASE_TEMPLATES = [
  '{p}{i}致歉',
  '{p}{i}处理说明',
  '{i}安抚话术',
  '{p}售后跟进',
];

export interface BenchCorpus {
  docs: SearchDoc[];
  /** Markdown pages for docs-search plugins: 20 entries a page. */
  pages: {slug: string; title: string; markdown: string}[];
  /** Queries as agents type them, with the index of a document they should find. */
  queries: string[];
}

export function generateCorpus(size: number, seed = 20261124): BenchCorpus {
  const r = rng(seed + size);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const fill = (s: string) => s.replace(/\{n\}/g, () => String(1 + Math.floor(r() * 72)));
  const docs: SearchDoc[] = [];
  const pages: BenchCorpus['pages'] = [];
  for (let i = 0; i < size; i++) {
    const page = Math.floor(i / PER_PAGE);
    const p = pick(PRODUCTS);
    const issue = pick(ISSUES);
    const isPhrase = r() < 0.15;
    const url = `/docs/bench/p${page}#e${i}`;
    if (isPhrase) {
      const title = pick(PHRASE_TEMPLATES).replace('{p}', p).replace('{i}', issue);
      const body = `您好，关于您的${p}${issue}的问题，${fill(pick(CLAUSES))}。${pick(ACTIONS)}后我会第一时间告诉您结果～`;
      docs.push({type: 'phrase', title, url, crumb: ['话术库'], alt: [p, issue], heading: [], body});
    } else {
      const title = pick(QUESTION_TEMPLATES).replace('{p}', p).replace('{i}', issue);
      let body = `您的${p}${issue}，我们先${pick(ACTIONS)}。`;
      const target = 110 + Math.floor(r() * 190);
      while (body.length < target) body += `${fill(pick(CLAUSES))}；${pick(ACTIONS)}。`;
      body = body.slice(0, target);
      docs.push({type: 'qa', title, url, crumb: ['问答手册'], alt: [`${p}${issue}`, p], heading: [], body});
    }
  }
  pages.push(...toPages(docs));
  const q = rng(seed * 7);
  const qpick = <T>(list: readonly T[]) => list[Math.floor(q() * list.length)]!;
  const queries: string[] = [];
  const kinds = [
    () => qpick(PRODUCTS),
    () => qpick(ISSUES).slice(0, 2 + Math.floor(q() * 3)),
    () => `${qpick(PRODUCTS)} ${qpick(ISSUES).slice(0, 2)}`,
    () => qpick(['退款', '退货', '发货', '物流', '补发', '上门取件', '优惠券', '发票', '过敏', '破损']),
    () => qpick(['tuikuan', 'tuihuo', 'fahuo', 'wuliu', 'th', 'tk', 'yhq', 'fp']),
    () => qpick(['退貨', '發貨', '物流', '優惠券', '發票']),
    () => `${1 + Math.floor(q() * 72)}小时`,
    () => qpick(['钱什么时候退', '东西坏了', '快递一直不动', '地址写错了怎么改']),
  ];
  while (queries.length < 240) queries.push(qpick(kinds)());
  return {docs, pages, queries};
}

const PER_PAGE = 20;

/** Plain Markdown pages (`format: md`, no MDX expressions), 20 documents each, one h2 per document. */
export function toPages(docs: SearchDoc[]): BenchCorpus['pages'] {
  const pages: BenchCorpus['pages'] = [];
  for (let page = 0; page * PER_PAGE < docs.length; page++) {
    const items = docs.slice(page * PER_PAGE, (page + 1) * PER_PAGE);
    // Plain Markdown still parses `{…}` and `<…>` (placeholders in phrases): spaces keep every engine's text comparable.
    const body = items
      .map((d, k) => `## ${d.title.replace(/[{}#]/g, ' ')} {#e${page * PER_PAGE + k}}\n\n${[...shownAlt(d), d.body].join('\n\n').replace(/[{}<>]/g, ' ')}\n`)
      .join('\n');
    const title = `客服问答 第 ${page + 1} 页`;
    pages.push({slug: `p${page}`, title, markdown: `---\ntitle: ${title}\nformat: md\n---\n\n${body}`});
  }
  return pages;
}
