// A 双高办 administrator signs in, switches the UI to English (kept across a reload), signs out,
// and can no longer open protected pages.
import { byTestId, expectPath, expectText, loginAs, logout, switchLocale } from './support/admin-app';
import { describe, expect, test } from './support/fixtures';

const ORGANISATION = '重庆文化艺术职业学院';

describe('双高办 admin session', () => {
  test('signs in, switches to English (persisted across reload), signs out, and protected pages need a new sign-in', async ({ page }) => {
    await loginAs(page, 'cqca.admin');
    await expectPath(page, '/dashboard');

    // Chinese UI, with the organisation's Chinese name in the header.
    const orgName = byTestId(page, 'org-name');
    const localeSwitch = byTestId(page, 'locale-switch');
    const sidebar = byTestId(page, 'sidebar-menu');
    const homeItem = byTestId(page, 'menu-Dashboard');
    const organisationGroup = byTestId(page, 'menu-OrganisationGroup');
    await expectText(orgName, ORGANISATION);
    expect(await localeSwitch.getAttribute('data-locale')).toBe('zh-CN');
    await expectText(homeItem, '首页');
    await expectText(organisationGroup.locator('.el-sub-menu__title'), '组织管理');
    await expectText(byTestId(page, 'current-role'), '双高办管理员');
    await expectText(localeSwitch, 'English');

    // One click: English texts replace the Chinese ones; the organisation name stays as registered.
    await switchLocale(page, 'en');
    await expectText(homeItem, 'Home');
    await expectText(organisationGroup.locator('.el-sub-menu__title'), 'Organisation');
    await expectText(byTestId(page, 'current-role'), 'DHP office admin');
    await expectText(localeSwitch, '中文');
    const sidebarText = await sidebar.innerText();
    expect(sidebarText).not.toContain('首页');
    expect(sidebarText).not.toContain('组织管理');
    await expectText(orgName, ORGANISATION);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    // A reload restores the session from the refresh cookie and keeps English.
    await page.reload();
    await expectPath(page, '/dashboard');
    await page.locator('[data-testid="locale-switch"][data-locale="en"]').waitFor();
    await expectText(homeItem, 'Home');
    await expectText(orgName, ORGANISATION);
    expect(await sidebar.innerText()).not.toContain('首页');
    expect(await page.evaluate(() => window.localStorage.getItem('dsg.locale'))).toBe('en');

    // Sign out → login page; the UI language survives the sign-out.
    await logout(page);
    await expect.poll(() => page.locator('[data-testid="locale-switch"]').getAttribute('data-locale')).toBe('en');
    expect(await byTestId(page, 'org-name').count()).toBe(0);

    // A full page load of a protected route must not find a session (the refresh cookie is revoked).
    await page.goto('/organisation/users');
    const url = await expectPath(page, '/login');
    expect(url.searchParams.get('redirect')).toBe('/organisation/users');
    await byTestId(page, 'login-form').waitFor();
    expect(await byTestId(page, 'org-name').count()).toBe(0);
  });
});
