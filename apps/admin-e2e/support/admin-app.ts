// Page helpers for the admin app, using the test ids listed in apps/admin/README.md.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from './env';
import { ACTION_TIMEOUT_MS } from './fixtures';

export function byTestId(scope: Page | Locator, testId: string): Locator {
  return scope.locator(`[data-testid="${testId}"]`);
}

/** The element's visible text, trimmed; a description of the problem instead when it cannot be read. */
async function readText(locator: Locator): Promise<string> {
  try {
    return (await locator.innerText({ timeout: 1_000 })).trim();
  } catch (error) {
    return `<cannot read ${locator}: ${(error as Error).message.split('\n')[0]}>`;
  }
}

/** Waits until the element's trimmed text equals `expected` (or matches it). */
export async function expectText(locator: Locator, expected: string | RegExp, timeout = ACTION_TIMEOUT_MS): Promise<void> {
  const poll = expect.poll(() => readText(locator), { timeout, interval: 100 });
  if (typeof expected === 'string') await poll.toBe(expected);
  else await poll.toMatch(expected);
}

/** Waits until the page's pathname is `pathname`, then returns the current URL. */
export async function expectPath(page: Page, pathname: string, timeout = ACTION_TIMEOUT_MS): Promise<URL> {
  await page.waitForURL((url) => url.pathname === pathname, { timeout, waitUntil: 'commit' });
  return new URL(page.url());
}

export async function openLogin(page: Page): Promise<void> {
  await page.goto('/login');
  await byTestId(page, 'login-form').waitFor();
}

/** Fills in and submits the login form (the login page must be open). */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await byTestId(page, 'login-username').fill(username);
  await byTestId(page, 'login-password').fill(password);
  await byTestId(page, 'login-submit').click();
}

/** Signs in through the login page and waits for the app shell (the organisation in the header). */
export async function loginAs(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await openLogin(page);
  await submitLogin(page, username, password);
  // Either the app leaves the login page or it shows why not; fail at once with that reason.
  const outcome = await Promise.race([
    page.waitForURL((url) => url.pathname !== '/login', { waitUntil: 'commit' }).then(() => 'signed-in' as const),
    byTestId(page, 'login-error').waitFor().then(() => 'error' as const),
  ]);
  if (outcome === 'error') {
    throw new Error(`sign-in of ${username} failed; the login page says: ${await readText(byTestId(page, 'login-error'))}`);
  }
  await byTestId(page, 'org-name').waitFor();
}

/** Clicks the language switch once and waits until the app reports the new locale. */
export async function switchLocale(page: Page, to: 'en' | 'zh-CN'): Promise<void> {
  const button = byTestId(page, 'locale-switch');
  await button.click();
  await page.locator(`[data-testid="locale-switch"][data-locale="${to}"]`).waitFor();
}

export async function logout(page: Page): Promise<void> {
  await byTestId(page, 'user-menu').click();
  // The dropdown is teleported to <body>; only the visible item is clickable.
  await page.locator('[data-testid="logout"]:visible').click();
  await expectPath(page, '/login');
  await byTestId(page, 'login-form').waitFor();
}
