/**
 * Everything `kb check` checks, in one call: the data (load.ts, validate.ts), the pages
 * under docs/ and `doc:` anchors (mdx.ts), and entries in = entries rendered (account.ts).
 * All issues of all files, sorted by file and line.
 */
import {accountEntries} from './account';
import type {ContentIssue} from './issues';
import {loadContent} from './load';
import {checkDocs} from './mdx';

export const byFileAndLine = (a: ContentIssue, b: ContentIssue) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1);

export async function checkAll(root: string) {
  const result = loadContent(root);
  const docIssues = await checkDocs(root, result);
  const account = accountEntries(result, [...result.issues, ...docIssues]);
  const issues = [...result.issues, ...docIssues, ...account.issues].sort(byFileAndLine);
  return {issues, kinds: account.kinds, content: result.content};
}
