import {describe, expect, it} from 'vitest';
import {candidateFiles, isNetworkOnly, isPrecached, relativePath} from './routes';

describe('candidateFiles', () => {
  it.each([
    ['', ['index.html']],
    ['qa', ['qa', 'qa.html', 'qa/index.html']],
    ['docs/sop/', ['docs/sop/index.html']],
    ['docs/sop/reception', ['docs/sop/reception', 'docs/sop/reception.html', 'docs/sop/reception/index.html']],
    ['assets/js/main.c966c167.js', ['assets/js/main.c966c167.js']],
    ['kb-index/b74a8ab43cd2/t/0.json', ['kb-index/b74a8ab43cd2/t/0.json']],
  ])('%j → %j', (rel, files) => {
    expect(candidateFiles(rel)).toEqual(files);
  });
});

describe('isPrecached', () => {
  it.each(['index.html', 'qa.html', 'assets/js/main.c966c167.js', 'assets/css/styles.css', 'kb-index/h/meta.json', 'img/favicon.svg', 'manifest.json', '404.html'])(
    'keeps %s',
    (rel) => expect(isPrecached(rel)).toBe(true),
  );
  it.each(['sw.js', 'kb-version.json', 'assets/js/main.c966c167.js.LICENSE.txt', 'sitemap.xml', 'default/__plugin.json', 'assets/js/main.js.map', '.nojekyll'])(
    'leaves out %s',
    (rel) => expect(isPrecached(rel)).toBe(false),
  );
});

describe('relativePath', () => {
  it('strips the base URL and decodes', () => {
    expect(relativePath('/docs/%E9%80%80%E8%B4%A7', '/')).toBe('docs/退货');
    expect(relativePath('/kb/qa', '/kb/')).toBe('qa');
    expect(relativePath('/kb', '/kb/')).toBe('');
    expect(relativePath('/other/qa', '/kb/')).toBeNull();
  });
  it('gives up on a malformed escape instead of throwing', () => {
    expect(relativePath('/docs/%E9%80', '/')).toBeNull();
  });
});

describe('isNetworkOnly', () => {
  it('is true for the worker and the version file only', () => {
    expect(isNetworkOnly('sw.js')).toBe(true);
    expect(isNetworkOnly('kb-version.json')).toBe(true);
    expect(isNetworkOnly('index.html')).toBe(false);
  });
});
