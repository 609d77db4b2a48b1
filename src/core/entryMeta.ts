/**
 * What an entry page shows about its source and trust: "编辑此页" (file and line),
 * "内容有误？" (a prefilled issue), owner and review dates, and the basis (依据) of the
 * policy facts it relies on. Computed at build time; pages receive it as data.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {KbContent} from './load';
import type {PolicyFact} from './schema';
import type {SiteSettings} from './site';
import {editUrl, reportUrl} from './sourceLinks';
import {formatBasis, formatPolicy} from './template';
import {reviewDue} from './views';

export type MetaKind = 'qa' | 'phrase' | 'scenario';
const KIND_NAMES: Record<MetaKind, string> = {qa: '问答', phrase: '话术', scenario: '情景模拟'};

export interface FactBasis {
  id: string;
  label: string;
  display: string;
  /** 《消费者权益保护法》第二十五条, or 平台规则. */
  basis: string[];
}

export function factBasis(fact: PolicyFact): FactBasis {
  return {id: fact.id, label: fact.label, display: formatPolicy(fact), basis: formatBasis(fact.basis)};
}

export function entryMeta(c: KbContent, site: SiteSettings, kind: MetaKind, id: string, pagePath: string, factIds: readonly string[]) {
  const origin = c.origins[`${kind}:${id}`];
  const file = origin?.file ?? '';
  const line = origin?.line;
  const facts = factIds.flatMap((f) => {
    const fact = c.policies.find((p) => p.id === f);
    return fact ? [factBasis(fact)] : [];
  });
  const entry = kind === 'qa' ? c.qa.find((q) => q.id === id) : kind === 'phrase' ? c.phrases.find((p) => p.id === id) : undefined;
  const scenario = kind === 'scenario' ? c.scenarios.find((s) => s.id === id) : undefined;
  const title = entry && 'question' in entry ? entry.question : (entry?.title ?? scenario?.title ?? id);
  const reviewed = entry?.reviewed ?? null;
  return {
    file,
    line: line ?? null,
    editUrl: editUrl(site.repository, file, line),
    reportUrl: reportUrl(site.repository, {kind: KIND_NAMES[kind], id, title, pageUrl: `${site.siteUrl}${pagePath}`, file, line, facts}),
    owner: entry?.owner ?? null,
    reviewed,
    reviewDue: reviewed ? reviewDue(reviewed) : null,
    facts,
  };
}
export type EntryMetaData = ReturnType<typeof entryMeta>;

/** Policy facts each docs page shows with `<Policy id="…" />`, keyed by its path under docs/. */
export function docFacts(root: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, {withFileTypes: true})) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else if (/\.mdx?$/.test(e.name)) {
        const ids = [...fs.readFileSync(abs, 'utf8').matchAll(/<Policy\s+id=["']([a-z0-9_-]+)["']/g)].map((m) => m[1]!);
        out[path.relative(path.join(root, 'docs'), abs).split(path.sep).join('/')] = [...new Set(ids)];
      }
    }
  };
  walk(path.join(root, 'docs'));
  return out;
}
