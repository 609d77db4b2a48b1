/**
 * The Content-Security-Policy: scripts only from this origin plus the site's own inline
 * scripts, allowed by hash (Docusaurus' colour-mode and base-URL scripts), so a script
 * injected into a page (by content or by an attacker) does not run. No external hosts.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Inline `<script>` bodies of a page (scripts with `src` are covered by 'self'). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc\s*=/.test(m[1]!) && m[2]!.length > 0).map((m) => m[2]!);
}

export const scriptHash = (body: string) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

export function contentSecurityPolicy(hashes: Iterable<string>): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${[...new Set(hashes)].sort().join(' ')}`.trim(),
    // React and Mermaid set style attributes; styles cannot run script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy as the first element of <head> (before any script). */
export function withCspMeta(html: string): string {
  const csp = contentSecurityPolicy(inlineScripts(html).map(scriptHash));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp}">`;
  const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  return cleaned.replace(/<head([^>]*)>/i, `<head$1>${meta}`);
}

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const abs = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(abs) : e.name.endsWith('.html') ? [abs] : [];
  });
}

/**
 * Add the policy to every built page (a meta tag with the page's own inline-script hashes)
 * and write `_headers` for hosts that read it (the same policy with every page's hashes,
 * plus frame-ancestors, which a meta tag cannot set). Returns the number of pages.
 */
export function applyCspToBuild(outDir: string): number {
  const hashes = new Set<string>();
  const files = htmlFiles(outDir);
  for (const file of files) {
    const html = fs.readFileSync(file, 'utf8');
    for (const s of inlineScripts(html)) hashes.add(scriptHash(s));
    fs.writeFileSync(file, withCspMeta(html));
  }
  fs.writeFileSync(path.join(outDir, '_headers'), `/*\n  Content-Security-Policy: ${contentSecurityPolicy(hashes)}; frame-ancestors 'self'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: same-origin\n`);
  return files.length;
}
