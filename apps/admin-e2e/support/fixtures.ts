// `test` with browser fixtures: one headless Chromium per test file, a fresh browser context
// (cookies, localStorage) and page per test. A failed test leaves a full-page screenshot in
// test-results/e2e/ and prints the page URL and the browser's console errors.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject, test as base } from 'vitest';
import { CHROMIUM_PATH, RESULTS_DIR } from './env';

/** How long a single Playwright action or wait may take before the test fails. */
export const ACTION_TIMEOUT_MS = 15_000;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

function screenshotPath(file: string, testName: string): string {
  const slug = `${path.basename(file).replace(/\.e2e\.ts$/, '')}--${testName}`
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 150);
  return path.join(RESULTS_DIR, `${slug}.png`);
}

export const test = base
  // Vitest reads a fixture's dependencies from this destructuring pattern; the browser has none.
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('page', async ({ browser, task }, { onCleanup }): Promise<Page> => {
    const context = await browser.newContext({
      baseURL: inject('adminUrl'),
      locale: 'zh-CN',
      viewport: { width: 1440, height: 900 },
    });
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    context.setDefaultNavigationTimeout(ACTION_TIMEOUT_MS);
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));

    onCleanup(async () => {
      try {
        if (task.result?.state === 'fail' && !page.isClosed()) {
          const file = screenshotPath(task.file.name, task.name);
          fs.mkdirSync(RESULTS_DIR, { recursive: true });
          await page.screenshot({ path: file, fullPage: true, timeout: 10_000 }).catch(() => undefined);
          console.error(
            `[e2e] "${task.name}" failed at ${page.url()}\n  screenshot: ${path.relative(process.cwd(), file)}` +
              (consoleErrors.length ? `\n  browser console errors:\n    ${consoleErrors.slice(-10).join('\n    ')}` : ''),
          );
        }
      } finally {
        await context.close();
      }
    });
    return page;
  });

export { describe, expect } from 'vitest';
