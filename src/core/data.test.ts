/**
 * The real content under data/ and docs/: it loads with no issues, nothing goes missing,
 * and every entry meets the checks contributors are asked to meet (CONTRIBUTING): three
 * tones per phrase; alternates, steps, an owner and a past review date per Q&A entry;
 * policy facts that render cleanly and are used. These run over whatever is in the files.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {formatIssue} from './issues';
import {renderJsonSchemas} from './jsonSchema';
import {countByRuleAndFile, formatFinding, LINT_PENDING, lintContent, lintDocs, typographyFindings} from './lint';
import {readDocSources} from './numbers';
import {loadContent} from './load';
import {TONES} from './schema';
import {SITE} from './site';
import {checkValue, formatPolicy, placeholderNames, policyRefs, RAW_PLACEHOLDER_RE} from './template';

const ROOT = path.resolve(__dirname, '../..');
const {content, issues} = loadContent(ROOT);
const today = new Date().toISOString().slice(0, 10);

function listFiles(dir: string, ext: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const abs = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(abs, ext) : ext.test(e.name) ? [abs] : [];
  });
}
const docsSources = listFiles(path.join(ROOT, 'docs'), /\.mdx?$/).map((f) => ({file: path.relative(ROOT, f), text: fs.readFileSync(f, 'utf8')}));

describe('the content loads', () => {
  it('with no issues (npm run kb -- check)', () => {
    expect(issues.map(formatIssue), issues.map(formatIssue).join('\n\n')).toEqual([]);
  });

  it('every entry in the files is loaded: nothing is skipped', () => {
    expect({
      phrases: content.phrases.length,
      qa: content.qa.length,
      policies: content.policies.length,
      scenarios: content.scenarios.length,
    }).toEqual(content.rawCounts);
  });

  it('has content of every kind', () => {
    expect(content.taxonomy.stages).toHaveLength(5);
    expect(content.taxonomy.categories.length).toBeGreaterThan(0);
    expect(content.phrases.length).toBeGreaterThan(0);
    expect(content.qa.length).toBeGreaterThan(0);
    expect(content.policies.length).toBeGreaterThan(0);
  });
});

describe.each(content.phrases.map((p) => [p.id, p] as const))('phrase %s', (_id, p) => {
  it('has a variant in each tone (亲切 / 专业 / 简洁)', () => {
    expect([...new Set(p.variants.map((v) => v.tone))].sort()).toEqual([...TONES].sort());
  });

  it('declares exactly the placeholders its variants use', () => {
    const used = new Set(p.variants.flatMap((v) => placeholderNames(v.text)).filter((n) => n !== 'agent' && n !== 'platform'));
    expect([...used].sort()).toEqual(Object.keys(p.placeholders).sort());
  });

  it('gives placeholder examples that an agent could actually type', () => {
    const rules = {orderNoPattern: SITE.orderNoPattern, trackingNoPattern: SITE.trackingNoPattern};
    for (const [name, ph] of Object.entries(p.placeholders)) {
      if (ph.example !== undefined) expect(checkValue(ph, ph.example, rules), `${name}: ${ph.example}`).toBeNull();
    }
  });
});

describe.each(content.qa.map((q) => [q.id, q] as const))('Q&A %s', (_id, q) => {
  it('has at least two other ways customers ask, different from the question', () => {
    expect(q.alternates.length).toBeGreaterThanOrEqual(2);
    expect(new Set([q.question, ...q.alternates]).size).toBe(q.alternates.length + 1);
  });

  it('has steps for the agent', () => {
    expect(q.steps.length).toBeGreaterThan(0);
  });

  it('has an owner', () => {
    expect(q.owner.trim()).not.toBe('');
  });

  it(`was reviewed on a real date, not in the future (today: ${today})`, () => {
    expect(Number.isNaN(Date.parse(`${q.reviewed}T00:00:00Z`))).toBe(false);
    expect(q.reviewed <= today, `reviewed: ${q.reviewed}`).toBe(true);
  });
});

describe.each(content.policies.map((p) => [p.id, p] as const))('policy fact %s', (_id, p) => {
  it('renders as a clean value', () => {
    const display = formatPolicy(p);
    expect(display.trim()).not.toBe('');
    expect(RAW_PLACEHOLDER_RE.test(display), display).toBe(false);
  });

  it('keeps numbers as numbers: a "7 天" text is value 7 with unit 天', () => {
    if (typeof p.value === 'number') expect(p.value).toBeGreaterThanOrEqual(0);
    else expect(p.value, 'write the number in value and the unit in unit').not.toMatch(/^\d+(?:\.\d+)?\s*[^\d\s，。；、]{1,4}$/);
  });

  it('does not repeat its unit inside the value', () => {
    if (p.unit && typeof p.value === 'string') expect(p.value.endsWith(p.unit), `value: ${p.value}, unit: ${p.unit}`).toBe(false);
  });

  it('is used by a phrase, a Q&A entry or a page', () => {
    const inPhrases = content.phrases.some((ph) => ph.variants.some((v) => policyRefs(v.text).includes(p.id)));
    const inQa = content.qa.some(
      (q) => q.policies.includes(p.id) || [q.question, q.answer, q.escalate, ...q.steps, ...q.conditions, ...q.alternates].some((t) => policyRefs(t).includes(p.id)),
    );
    const inDocs = docsSources.some((d) => d.text.includes(`"${p.id}"`) || d.text.includes(`{policy.${p.id}}`));
    expect(inPhrases || inQa || inDocs, `${p.id} is not quoted anywhere: quote it, or delete it`).toBe(true);
  });
});

describe('generated files and the content lint', () => {
  it('the committed JSON Schemas in .vscode/schema are up to date (npm run kb -- schema)', () => {
    const {files, mapping} = renderJsonSchemas();
    for (const [file, text] of Object.entries(files)) {
      const abs = path.join(ROOT, file);
      expect(fs.existsSync(abs), `${file} is missing: run npm run kb -- schema`).toBe(true);
      expect(fs.readFileSync(abs, 'utf8'), `${file} is out of date: run npm run kb -- schema`).toBe(text);
    }
    const settings = JSON.parse(fs.readFileSync(path.join(ROOT, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
    expect(settings['yaml.schemas']).toEqual(mapping);
  });

  describe('the content lint (npm run kb -- lint)', () => {
    const all = [...lintContent(content, {root: ROOT}), ...lintDocs(readDocSources(ROOT), content)];
    const held = all.filter((f) => LINT_PENDING.includes(f.file));

    it('passes on every phrase, Q&A entry, best reply and page outside LINT_PENDING', () => {
      const findings = all.filter((f) => !LINT_PENDING.includes(f.file)).map(formatFinding);
      expect(findings, findings.join('\n')).toEqual([]);
    });

    it('lists what is held back in LINT_PENDING, by rule and file; a clean file leaves the list', () => {
      const table = [...countByRuleAndFile(held)].flatMap(([rule, byFile]) => [...byFile].map(([f, n]) => `${String(n).padStart(4)}  ${rule.padEnd(16)} ${f}`));
      if (held.length) console.log(`Lint findings held back (${held.length}):\n${table.join('\n')}`);
      expect(LINT_PENDING.filter((f) => !all.some((x) => x.file === f))).toEqual([]);
    });
  });

  it('the pages under docs/ follow the typography rule', () => {
    const findings = docsSources.flatMap(({file, text}) => typographyFindings(text, file.replace(/\.mdx$/, '.md')).map((f) => `${file}:${f.line}  ${f.reason}`));
    expect(findings, findings.join('\n')).toEqual([]);
  });
});
