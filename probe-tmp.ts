import {loadContent} from './src/core/load';
import {formatIssue} from './src/core/issues';
import {makeTree, editValid, removeTrees} from './src/core/__fixtures__/tree';
const P = 'data/policies/refund.yaml', PH = 'data/phrases/reception.yaml', Q = 'data/qa/refund.yaml';
const S = 'data/scenarios/refund.yaml', T = 'data/taxonomy.yaml';
const cases: Record<string, Record<string, string | null>> = {
  phType: {[PH]: editValid(PH, 'order_no: {type: order_no}', 'order_no: {type: order}')},
  phKey: {[PH]: editValid(PH, 'order_no: {type: order_no}', 'Order: {type: order_no}\n    order_no: {type: order_no}')},
  phFormat: {[PH]: editValid(PH, 'order_no: {type: order_no}', 'order_no: {type: order_no, format: date}')},
  braceText: {[PH]: editValid(PH, 'text: 您好，我是客服{agent}，请说。', 'text: {agent}')},
  valueEmpty: {[P]: editValid(P, 'value: 3', 'value: ""')},
  valueMissing: {[P]: editValid(P, '  value: 3\n', '')},
  valueNull: {[P]: editValid(P, 'value: 3', 'value:')},
  avoidEmpty: {'data/glossary.yaml': '- {preferred: 订单号, avoid: [], reason: x}\n'},
  stagesFour: {[T]: editValid(T, "  - {id: close, name: 结束与跟进, doc: /docs/sop/close, goal: 礼貌收尾并按时回访。}\n", '')},
  stageDoc: {[T]: editValid(T, 'doc: /docs/sop/close', 'doc: /docs/sop/closing')},
  dupStage: {[T]: editValid(T, '{id: close,', '{id: confirm,')},
  covDup: {'data/seed-coverage.yaml': editValid('data/seed-coverage.yaml', 'id: refund-time', 'id: reception-opening')},
  covDoc: {'data/seed-coverage.yaml': editValid('data/seed-coverage.yaml', 'doc:/docs/sop/reception', 'doc:/docs/sop/nope')},
  covBadPrefix: {'data/seed-coverage.yaml': editValid('data/seed-coverage.yaml', 'qa:refund-arrival-time', 'faq:refund-arrival-time')},
  stray: {'data/phrases/notes.md': 'hi', 'data/phrases/sub/a.yaml': '- id: x\n'},
  scenBest: {[S]: editValid(S, '          best: true\n', '')},
  scenTwoOptions: {[S]: editValid(S, "        - reply: 请耐心等待。\n          mistake: no_solution\n          feedback: 没有给出具体进度。\n          doc: /docs/sop/handle\n", '')},
  scenDoc: {[S]: editValid(S, 'doc: /docs/sop/handle#empathy', 'doc: /docs/sop/empathy')},
  scenPhrase: {[S]: editValid(S, 'phrase: refund-progress', 'phrase: refund')},
  scenNext: {[S]: editValid(S, '          phrase: refund-progress\n', '          phrase: refund-progress\n          next: ask\n')},
  scenMistake: {[S]: editValid(S, 'mistake: no_solution', 'mistake: slow')},
  qaPlaceholder: {[Q]: editValid(Q, '核对订单号和售后单状态。', '核对{order_no}。')},
  taxBrokenPlusQa: {[T]: 'stages: [\n', [Q]: editValid(Q, 'phrases: [refund-progress]', 'phrases: [nope]')},
  twoFiles: {[P]: editValid(P, 'value: 3', 'value: [1]'), [PH]: editValid(PH, 'tone: 简洁', 'tone: 简单'), [Q]: editValid(Q, 'phrases: [refund-progress]', 'phrases: [nope]')},
};
for (const [name, changes] of Object.entries(cases)) {
  const r = loadContent(makeTree(changes));
  console.log(`===== ${name} (${r.issues.length})  raw=${JSON.stringify(r.content.rawCounts)} loaded=${r.content.policies.length},${r.content.phrases.length},${r.content.qa.length}`);
  console.log(r.issues.map(formatIssue).join('\n'));
}
removeTrees();
