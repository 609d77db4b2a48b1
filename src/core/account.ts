/**
 * Entries in = entries rendered, per kind: every list entry found in the data files is
 * either on the site or named with the reason it is not. `kb check` prints the tally and
 * fails on any entry that went missing without an issue of its own.
 */
import type {ContentIssue} from './issues';
import type {EntryKind, EntryRecord, LoadResult} from './load';

export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {qa: '问答', phrase: '话术', policy: '政策', scenario: '情景'};

export interface KindAccount {
  kind: EntryKind;
  label: string;
  /** List entries found in the files (including unreadable files). */
  inFiles: number;
  /** Entries the site renders: a page, or a place on their category's page. */
  rendered: number;
  /** Entries in the files that the site does not render. */
  lost: EntryRecord[];
}

/** Whether the site shows a loaded entry: Q&A only appear under a category the taxonomy has. */
function renderedKeys(load: LoadResult): Set<string> {
  const {content} = load;
  const categories = new Set(content.taxonomy.categories.map((c) => c.id));
  return new Set([
    ...content.qa.filter((q) => categories.has(q.category)).map((q) => `qa:${q.id}`),
    ...content.phrases.map((p) => `phrase:${p.id}`),
    ...content.policies.map((p) => `policy:${p.id}`),
    ...content.scenarios.map((s) => `scenario:${s.id}`),
  ]);
}

export function accountEntries(load: LoadResult, issues: readonly ContentIssue[] = load.issues): {kinds: KindAccount[]; issues: ContentIssue[]} {
  const shown = renderedKeys(load);
  const kinds = (Object.keys(ENTRY_KIND_LABELS) as EntryKind[]).map((kind): KindAccount => {
    const records = load.entries.filter((e) => e.kind === kind);
    const lost = records.filter((e) => !(e.status === 'loaded' && e.id && shown.has(`${kind}:${e.id}`)));
    return {kind, label: ENTRY_KIND_LABELS[kind], inFiles: records.length, rendered: records.length - lost.length, lost};
  });
  // A lost entry is explained by an issue in its file (its entry, or the whole file); one
  // that is not is exactly the silent loss this check exists for.
  const out: ContentIssue[] = [];
  for (const k of kinds) {
    for (const e of k.lost) {
      const explained = issues.some((i) => i.file === e.file && ((e.id !== undefined && i.entryId === e.id) || i.path.startsWith('(') || e.id === undefined));
      if (!explained) {
        out.push({
          file: e.file,
          line: e.line,
          path: '(条目核对)',
          entryId: e.id,
          message: `${k.label}条目 ${e.id ?? '（无 id）'} 在文件里，却不会出现在站点上，也没有其他报错说明原因`,
          fix: '检查这个条目的分类、环节等引用是否正确；如果仍找不到原因，请把这条报错发给开发同事',
        });
      }
    }
  }
  return {kinds, issues: out};
}

/** `问答 92 → 92，话术 146 → 146，…` */
export const formatAccount = (kinds: readonly KindAccount[]) => kinds.map((k) => `${k.label} ${k.inFiles} → ${k.rendered}`).join('，');
