/**
 * Test trees: a copy of the valid minimal site (`valid/`) in a temporary folder, with
 * some files replaced, added or removed. Each bad case reads as "the valid site, except…".
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const VALID_ROOT = path.join(__dirname, 'valid');

const created: string[] = [];

/**
 * Copy the valid tree and apply `changes`: path → new file text, or null to delete it.
 * Returns the new site root. Call `removeTrees()` in `afterAll`.
 */
export function makeTree(changes: Record<string, string | null> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-fixture-'));
  created.push(root);
  fs.cpSync(VALID_ROOT, root, {recursive: true});
  for (const [rel, text] of Object.entries(changes)) {
    const abs = path.join(root, rel);
    if (text === null) fs.rmSync(abs, {force: true});
    else {
      fs.mkdirSync(path.dirname(abs), {recursive: true});
      fs.writeFileSync(abs, text);
    }
  }
  return root;
}

/** The valid tree's file text, to edit one line of it in a test. */
export const readValid = (rel: string): string => fs.readFileSync(path.join(VALID_ROOT, rel), 'utf8');

/** `readValid(rel)` with `from` replaced by `to`; throws if `from` is not there, so a test never edits nothing. */
export function editValid(rel: string, from: string, to: string): string {
  const text = readValid(rel);
  if (!text.includes(from)) throw new Error(`${rel} does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

export function removeTrees() {
  for (const root of created.splice(0)) fs.rmSync(root, {recursive: true, force: true});
}

/** One bad input per folder: the files that differ from `valid/`, and `case.json`. */
export const BAD_ROOT = path.join(__dirname, 'bad');

export interface BadCase {
  name: string;
  /** What an editor did, in their words. */
  title: string;
  /** Files of the valid tree to delete. */
  remove: string[];
  /** What `kb check` must print for it: `file:line[:col]  path`, the problem and the fix. */
  expect: {at: string; message: string; fix: string}[];
}

export const badCases = (): BadCase[] =>
  fs
    .readdirSync(BAD_ROOT)
    .sort()
    .map((name) => ({name, ...(JSON.parse(fs.readFileSync(path.join(BAD_ROOT, name, 'case.json'), 'utf8')) as Omit<BadCase, 'name'>)}));

/** The valid tree with a bad case's files laid over it (bytes as they are: some are not UTF-8). */
export function makeBadTree(c: BadCase): string {
  const root = makeTree(Object.fromEntries(c.remove.map((r) => [r, null])));
  const dir = path.join(BAD_ROOT, c.name);
  fs.cpSync(dir, root, {recursive: true, filter: (src) => path.relative(dir, src) !== 'case.json'});
  return root;
}
