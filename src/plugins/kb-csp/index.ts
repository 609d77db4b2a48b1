/**
 * Adds the Content-Security-Policy to every built page (a meta tag with the page's own
 * inline-script hashes) and writes `_headers` for hosts that read it (the same policy,
 * with every page's hashes, plus frame-ancestors, which a meta tag cannot set).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {contentSecurityPolicy, inlineScripts, scriptHash, withCspMeta} from '../../core/csp';

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const abs = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(abs) : e.name.endsWith('.html') ? [abs] : [];
  });
}

export default function kbCspPlugin(): Plugin {
  return {
    name: 'kb-csp',
    async postBuild({outDir}) {
      const hashes = new Set<string>();
      for (const file of htmlFiles(outDir)) {
        const html = fs.readFileSync(file, 'utf8');
        for (const s of inlineScripts(html)) hashes.add(scriptHash(s));
        fs.writeFileSync(file, withCspMeta(html));
      }
      fs.writeFileSync(path.join(outDir, '_headers'), `/*\n  Content-Security-Policy: ${contentSecurityPolicy(hashes)}; frame-ancestors 'self'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: same-origin\n`);
    },
  };
}
