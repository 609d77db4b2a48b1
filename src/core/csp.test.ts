import {describe, expect, it} from 'vitest';
import {contentSecurityPolicy, inlineScripts, scriptHash, withCspMeta} from './csp';

const page = '<!doctype html><html><head><meta charset="utf-8"><script>document.documentElement.dataset.theme="dark"</script><script src="/assets/js/main.js" defer></script></head><body></body></html>';

describe('CSP', () => {
  it('hashes inline scripts only', () => {
    expect(inlineScripts(page)).toEqual(['document.documentElement.dataset.theme="dark"']);
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
  it('puts the policy first in <head>, allowing the page scripts and nothing external', () => {
    const out = withCspMeta(page);
    expect(out).toMatch(/<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-[^']+'; /);
    expect(out).not.toMatch(/https?:/);
    expect(withCspMeta(out).match(/Content-Security-Policy/g)).toHaveLength(1);
  });
  it('never allows unsafe-inline or eval for scripts', () => {
    const csp = contentSecurityPolicy([scriptHash('x')]);
    const script = csp.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(script).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
});
