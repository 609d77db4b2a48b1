/**
 * What gets indexed: every SOP/skills page split at its h2/h3 headings, every Q&A entry
 * and every phrase. Node only. Doc sections are read from the MDX source with policy
 * facts rendered, so the index matches what the page shows.
 */
import fs from 'node:fs';
import {createSlugger} from '@docusaurus/utils';
import type {KbContent} from '../core/load';
import {PLACEHOLDER_LABELS, formatPolicy, renderPolicies} from '../core/template';
import {KB_ROUTES} from '../core/views';
import type {SearchDoc} from './format';
import {displayTemplate, type BuildOptions} from './build';

/** Breadcrumb label of each docs folder. */
export const SECTION_LABELS: Record<string, string> = {sop: '服务流程', skills: '沟通技巧', onboarding: '新人上手'};
export const sectionOf = (relPath: string) => SECTION_LABELS[relPath.split('/')[0] ?? ''] ?? '文档';

export interface DocPage {
  /** Absolute path of the .md/.mdx file. */
  file: string;
  permalink: string;
  title: string;
  /** Sidebar category or section the page sits in, for the breadcrumb. */
  section: string;
}

/** Markdown/MDX to plain text: drops front matter, imports, code and JSX, keeps words. */
export function mdxToText(source: string, policies: KbContent['policies']): string {
  const byId = Object.fromEntries(policies.map((p) => [p.id, p]));
  return source
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<Policy\s+id="([^"]+)"[^>]*\/>/g, (_, id: string) => (byId[id] ? formatPolicy(byId[id]) : ''))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{#[^}]+\}/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^:::\w*.*$/gm, '')
    .replace(/[*_`>|]/g, ' ')
    .replace(/^\s*[-+]\s+/gm, '')
    .replace(/^\s*-{3,}\s*$/gm, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

export function docSections(page: DocPage, policies: KbContent['policies']): SearchDoc[] {
  const source = fs.readFileSync(page.file, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
  const slugger = createSlugger();
  const out: SearchDoc[] = [];
  const parts = source.split(/^(?=#{2,3} )/m);
  parts.forEach((part, i) => {
    const heading = /^#{2,3} (.+)$/m.exec(part);
    const isHeading = i > 0 && heading;
    const raw = isHeading ? heading[1]!.trim() : '';
    const explicit = /\{#([^}]+)\}\s*$/.exec(raw)?.[1];
    const text = raw.replace(/\s*\{#[^}]+\}\s*$/, '').replace(/[*`]/g, '');
    const anchor = isHeading ? explicit ?? slugger.slug(text) : '';
    const body = mdxToText(isHeading ? part.slice(heading[0].length) : part, policies).replace(/^# .*$/m, '').trim();
    if (!body && !isHeading) return;
    out.push({
      type: 'sop',
      title: isHeading ? text : page.title,
      url: page.permalink + (anchor ? `#${anchor}` : ''),
      crumb: [page.section, page.title],
      alt: [],
      heading: isHeading ? [text, page.title] : [page.title],
      body,
    });
  });
  return out;
}

export function contentDocs(c: KbContent): SearchDoc[] {
  const policies = Object.fromEntries(c.policies.map((p) => [p.id, p]));
  const stage = (id: string) => c.taxonomy.stages.find((s) => s.id === id)?.name ?? id;
  const category = (id?: string) => c.taxonomy.categories.find((s) => s.id === id)?.name;
  const firstOfCategory = new Set(c.taxonomy.categories.map((cat) => c.qa.find((q) => q.category === cat.id)?.id));

  // Reverse bridging: a Q&A entry is also found, weakly, by how agents describe the
  // situations of the phrases it links (客户说退款怎么这么慢).
  const phraseById = new Map(c.phrases.map((p) => [p.id, p]));
  const qa: SearchDoc[] = c.qa.map((q) => ({
    type: 'qa',
    title: q.question,
    url: KB_ROUTES.qaEntry(q.category, q.id),
    crumb: ['问答手册', category(q.category) ?? q.category],
    alt: [...q.alternates, ...q.tags],
    heading: [],
    body: renderPolicies([q.answer, ...q.conditions, ...q.steps].join('\n'), policies),
    snippet: renderPolicies(q.answer, policies),
    related: q.phrases.flatMap((id) => phraseById.get(id)?.situations ?? []),
    popular: firstOfCategory.has(q.id),
  }));

  // Bridging: a phrase is found by the customer phrasings of the Q&A entries that link it.
  const bridges = new Map<string, string[]>();
  const bridgeFrom = new Map<string, string[]>();
  for (const q of c.qa) {
    for (const id of q.phrases) {
      bridges.set(id, [...(bridges.get(id) ?? []), q.question, ...q.alternates]);
      bridgeFrom.set(id, [...(bridgeFrom.get(id) ?? []), KB_ROUTES.qaEntry(q.category, q.id)]);
    }
  }

  const phrases: SearchDoc[] = c.phrases.map((p) => {
    const labels = Object.fromEntries(
      Object.entries(p.placeholders).map(([name, ph]) => [name, ph.label ?? PLACEHOLDER_LABELS[ph.type]]),
    );
    labels.agent ??= PLACEHOLDER_LABELS.agent_name;
    labels.platform ??= PLACEHOLDER_LABELS.platform_name;
    const variants = p.variants.map((v) => ({...v, text: renderPolicies(v.text, policies)}));
    return {
      type: 'phrase',
      title: p.title,
      url: KB_ROUTES.phrase(p.id),
      crumb: ['话术库', stage(p.stage), ...(category(p.category) ? [category(p.category)!] : [])],
      alt: p.tags,
      situations: p.situations ?? [],
      heading: [],
      body: variants.map((v) => displayTemplate(v.text, labels)).join('\n'),
      bridge: bridges.get(p.id) ?? [],
      bridgeFrom: bridgeFrom.get(p.id) ?? [],
      snippet: displayTemplate(variants[0]!.text, labels),
      phrase: {ph: p.placeholders, v: variants.map(({tone, channel, text}) => (channel ? {tone, channel, text} : {tone, text}))},
      popular: p.stage === 'reception' && p.id === c.phrases.find((x) => x.stage === 'reception')?.id,
    };
  });
  return [...qa, ...phrases];
}

/** What the builder needs besides the documents: synonyms, broader terms, and glossary terms kept whole. */
export const indexOptions = (c: KbContent): BuildOptions => ({
  synonyms: c.synonyms.flatMap((s) => (Array.isArray(s) ? [s] : [])),
  broader: c.synonyms.flatMap((s) => (Array.isArray(s) ? [] : [s])),
  userWords: c.glossary.flatMap((g) => [g.preferred, ...g.avoid]),
});

/** Everything the index holds: the docs' sections, then the Q&A entries and phrases. */
export const allSearchDocs = (pages: DocPage[], c: KbContent): SearchDoc[] => [
  ...pages.flatMap((p) => docSections(p, c.policies)),
  ...contentDocs(c),
];
