/**
 * Entries in = entries rendered: the tally `kb check` prints, and the issue for an entry
 * that would go missing without any other issue explaining it.
 */
import {afterAll, describe, expect, it} from 'vitest';
import {accountEntries, formatAccount} from './account';
import {loadContent, type LoadResult} from './load';
import {VALID_ROOT, makeTree, readValid, removeTrees} from './__fixtures__/tree';

afterAll(removeTrees);

describe('accountEntries', () => {
  it('the valid tree: every entry in the files is rendered', () => {
    const {kinds, issues} = accountEntries(loadContent(VALID_ROOT));
    expect(issues).toEqual([]);
    expect(formatAccount(kinds)).toBe('问答 1 → 1，话术 2 → 2，政策 2 → 2，情景 1 → 1');
  });

  it('entries of an unreadable file count as in the files and not rendered; its own issue explains them', () => {
    const load = loadContent(makeTree({'data/qa/refund.yaml': `${readValid('data/qa/refund.yaml')}\t- broken\n`}));
    const {kinds, issues} = accountEntries(load);
    expect(kinds.find((k) => k.kind === 'qa')).toMatchObject({inFiles: 1, rendered: 0, lost: [{file: 'data/qa/refund.yaml', line: 1, id: 'refund-arrival-time', status: 'unreadable'}]});
    expect(issues).toEqual([]);
  });

  it('an entry lost with no issue naming it is itself an issue', () => {
    const load = loadContent(VALID_ROOT);
    // A Q&A entry whose category page does not exist, with the issue that would say so removed.
    const lost: LoadResult = {...load, content: {...load.content, qa: load.content.qa.map((q) => ({...q, category: 'gone'}))}, issues: []};
    const {kinds, issues} = accountEntries(lost);
    expect(formatAccount(kinds)).toBe('问答 1 → 0，话术 2 → 2，政策 2 → 2，情景 1 → 1');
    expect(issues).toEqual([
      {
        file: 'data/qa/refund.yaml',
        line: 1,
        path: '(条目核对)',
        entryId: 'refund-arrival-time',
        message: '问答条目 refund-arrival-time 在文件里，却不会出现在站点上，也没有其他报错说明原因',
        fix: '检查这个条目的分类、环节等引用是否正确；如果仍找不到原因，请把这条报错发给开发同事',
      },
    ]);
  });
});
