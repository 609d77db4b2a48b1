/**
 * Accessibility checks shared by the browser tests: axe-core run inside the page, and the
 * theme switched the way a reader switches it (the stored choice, read before painting).
 */
import fs from 'node:fs';
import {createRequire} from 'node:module';
import type {Page} from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: {id: string; impact: string; nodes: {target: string[]; any: {message: string}[]}[]}[];
}

/** Every axe violation inside `scope` (a selector; the whole document when absent), one line each. */
export async function axeViolations(page: Page, scope?: string): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses an injected <script>.
  await page.evaluate(AXE_SOURCE);
  const context = scope ? `{include: [[${JSON.stringify(scope)}]]}` : 'document';
  const result = (await page.evaluate(`axe.run(${context}, {resultTypes: ['violations']})`)) as AxeResult;
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} ${n.any[0]?.message ?? ''}`).join(' | ')}`);
}

/**
 * The site in `theme`, set as Docusaurus stores a reader's choice and then reloaded, so no
 * colour is caught mid-transition (flipping `data-theme` in place lets axe read half-faded links).
 */
export async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.evaluate((t) => localStorage.setItem('theme', t), theme);
  await page.reload({waitUntil: 'networkidle'});
  await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 30_000});
  await page.waitForSelector(`html[data-theme="${theme}"]`, {state: 'attached'});
}
