/**
 * One Chromium per test file; `open()` gives a page on the served build and records
 * console errors and failed requests so every test can assert there were none.
 */
import {afterAll, beforeAll, inject} from 'vitest';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {launchChromium} from './chromium';

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  errors: string[];
}

export function useBrowser() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const baseUrl = inject('baseUrl');
  return {
    baseUrl,
    async open(path: string, opts: {viewport?: {width: number; height: number}; permissions?: string[]} = {}): Promise<OpenedPage> {
      // Service workers are off here so each test sees the network it sets up; offline.e2e.ts tests the worker.
      const context = await browser.newContext({viewport: opts.viewport ?? {width: 1280, height: 900}, locale: 'zh-CN', serviceWorkers: 'block'});
      if (opts.permissions) await context.grantPermissions(opts.permissions, {origin: baseUrl});
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(baseUrl + path, {waitUntil: 'networkidle'});
      // Keyboard shortcuts and widgets work once React has hydrated the static HTML.
      await page.waitForSelector('html[data-has-hydrated="true"]');
      return {page, context, errors};
    },
  };
}
