/**
 * What pages receive: the content with policy facts already rendered into the text, plus
 * derived fields (urls, review due dates). Built once at build time; the view types are
 * derived from these functions so the browser never re-declares them.
 */
import type {KbContent} from './load';
import type {Category, Phrase, PolicyFact, QaEntry} from './schema';
import {SITE} from './site';
import type {EntryMetaData} from './entryMeta';
import {formatBasis, formatPolicy, policyRefs, renderPolicies} from './template';

export const KB_ROUTES = {
  qa: '/qa',
  qaCategory: (id: string) => `/qa/${id}`,
  /** One Q&A entry's own page. The old `/qa/<category>#<id>` anchors still work (the category page forwards them). */
  qaEntry: (category: string, id: string) => `/qa/${category}/${id}`,
  phrases: '/phrases',
  phrase: (id: string) => `/phrases/${id}`,
  workbench: '/workbench',
  practice: '/practice',
  scenario: (id: string) => `/practice/${id}`,
  search: '/search',
} as const;

type PolicyMap = Record<string, PolicyFact>;
const byId = (policies: PolicyFact[]): PolicyMap => Object.fromEntries(policies.map((p) => [p.id, p]));

/** `docFacts`: the policy facts each docs page shows, keyed by its path under docs/ (for 内容有误？). */
export function toGlobalData(c: KbContent, docFacts: Record<string, string[]> = {}) {
  return {
    docFacts,
    stages: c.taxonomy.stages,
    categories: c.taxonomy.categories,
    scenarios: c.taxonomy.scenarios,
    policies: Object.fromEntries(
      c.policies.map((p) => [p.id, {label: p.label, display: formatPolicy(p), note: p.note ?? null}]),
    ),
    counts: {qa: c.qa.length, phrases: c.phrases.length, scenarios: c.scenarios.length},
  };
}
export type KbGlobalData = ReturnType<typeof toGlobalData>;

let policyCache: {src: PolicyFact[]; map: PolicyMap} | null = null;
function policyMap(policies: PolicyFact[]): PolicyMap {
  if (policyCache?.src !== policies) policyCache = {src: policies, map: byId(policies)};
  return policyCache.map;
}

/** Phrase with policy facts rendered into every variant; placeholders stay for the agent. */
export function toPhraseView(p: Phrase, policies: PolicyFact[]) {
  const map = policyMap(policies);
  return {
    ...p,
    url: KB_ROUTES.phrase(p.id),
    policies: [...new Set(p.variants.flatMap((v) => policyRefs(v.text)))],
    variants: p.variants.map((v) => ({...v, text: renderPolicies(v.text, map)})),
  };
}
export type PhraseView = ReturnType<typeof toPhraseView>;
export type VariantView = PhraseView['variants'][number];

export function reviewDue(reviewed: string, days: number = SITE.reviewIntervalDays): string {
  const d = new Date(`${reviewed}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function toQaView(q: QaEntry, policies: PolicyFact[]) {
  const map = policyMap(policies);
  const r = (s: string) => renderPolicies(s, map);
  const quoted = [q.answer, q.escalate, ...q.steps, ...q.conditions].flatMap(policyRefs);
  const relied = [...new Set([...quoted, ...q.policies])];
  return {
    ...q,
    url: KB_ROUTES.qaEntry(q.category, q.id),
    answer: r(q.answer),
    escalate: r(q.escalate),
    steps: q.steps.map(r),
    conditions: q.conditions.map(r),
    policyFacts: relied.map((id) => ({
      id,
      label: map[id]?.label ?? id,
      display: map[id] ? formatPolicy(map[id]) : '',
      /** 《…》第X条 or 平台规则, for the page's 依据. */
      basis: map[id] ? formatBasis(map[id].basis) : [],
    })),
    /** Every distinct basis the entry relies on, in order: what a page shows as 依据. */
    basis: [...new Set(relied.flatMap((id) => (map[id] ? formatBasis(map[id].basis) : [])))],
    reviewDue: reviewDue(q.reviewed),
  };
}
export type QaView = ReturnType<typeof toQaView>;


/** What a Q&A entry page receives: the entry, its category, the phrases it links (ready to fill) and its neighbours. */
export interface QaEntryData {
  category: Category;
  entry: QaView;
  phrases: PhraseView[];
  siblings: {id: string; question: string; url: string}[];
  builtOn: string;
  /** Edit and report links, and the basis of its facts (src/core/entryMeta.ts). */
  meta: EntryMetaData;
}

/** Entry url → standard answer with policy values rendered: what Ctrl+Enter on a Q&A search result copies. */
export function qaAnswers(c: Pick<KbContent, 'qa' | 'policies'>): Record<string, string> {
  return Object.fromEntries(c.qa.map((q) => {
    const v = toQaView(q, c.policies);
    return [v.url, v.answer];
  }));
}
