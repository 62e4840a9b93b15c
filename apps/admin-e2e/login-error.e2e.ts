// A wrong password: the login page shows the gateway's own message, in the UI language, and no
// session starts.
import { apiLoginError } from './support/backend';
import { byTestId, expectPath, expectText, openLogin, submitLogin, switchLocale } from './support/admin-app';
import { describe, expect, test } from './support/fixtures';

// Separate accounts for the browser and for asking the API, so each sees only its own failures
// (the gateway slows down from the third consecutive failure and locks after five).
const BROWSER_USER = 'tjvi.admin';
const API_USER = 'nbpt.admin';
const WRONG_PASSWORD = 'Wrong-password-2026';

describe('login with a wrong password', () => {
  test("shows the server's error message and stays on /login", async ({ page }) => {
    const expectedZh = await apiLoginError(API_USER, WRONG_PASSWORD, 'zh-CN');
    expect(expectedZh.code).toBe('UNAUTHENTICATED');
    expect(expectedZh.message).not.toBe('');

    await openLogin(page);
    expect(await byTestId(page, 'login-error').count()).toBe(0);
    await submitLogin(page, BROWSER_USER, WRONG_PASSWORD);

    const error = byTestId(page, 'login-error');
    await expectText(error, expectedZh.message);
    await expectPath(page, '/login');
    expect(await byTestId(page, 'org-name').count()).toBe(0);
    // The form stays usable for another attempt.
    expect(await byTestId(page, 'login-username').inputValue()).toBe(BROWSER_USER);

    // Server messages follow the UI language (Accept-Language).
    const expectedEn = await apiLoginError(API_USER, WRONG_PASSWORD, 'en');
    expect(expectedEn.message).not.toBe(expectedZh.message);
    await switchLocale(page, 'en');
    await submitLogin(page, BROWSER_USER, WRONG_PASSWORD);
    await expectText(error, expectedEn.message);
    await expectPath(page, '/login');
    expect(await byTestId(page, 'org-name').count()).toBe(0);
  });
});
