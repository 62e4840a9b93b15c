import { describe, expect, it, vi } from 'vitest';
import { createAdminI18n, getActiveLocale, setLocale, setupAdminI18n } from './create-i18n';
import { LOCALE_STORAGE_KEY } from './locales';
import { defineLocaleNamespace } from './namespaces';
import { useLocale } from './use-locale';

describe('admin i18n', () => {
  it('defaults to Simplified Chinese', async () => {
    const i18n = await setupAdminI18n();

    expect(getActiveLocale()).toBe('zh-CN');
    expect(i18n.global.t('common.save')).toBe('保存');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('loads a feature namespace per language only when that language is used', async () => {
    const zh = vi.fn(async () => ({ default: { title: '部门管理' } }));
    const en = vi.fn(async () => ({ default: { title: 'Departments' } }));
    const i18n = createAdminI18n({ namespaces: [defineLocaleNamespace('demo', { 'zh-CN': zh, en })] });

    await setLocale('zh-CN', i18n);
    expect(i18n.global.t('demo.title')).toBe('部门管理');
    expect(en).not.toHaveBeenCalled();

    await setLocale('en', i18n);
    await setLocale('zh-CN', i18n);
    await setLocale('en', i18n);
    expect(i18n.global.t('demo.title')).toBe('Departments');
    expect(zh).toHaveBeenCalledTimes(1);
    expect(en).toHaveBeenCalledTimes(1);
  });

  it('persists the choice and switches the Element Plus strings with it', async () => {
    await setupAdminI18n();
    const { locale, elementLocale, setLocale: switchTo } = useLocale();
    expect(elementLocale.value.name).toBe('zh-cn');

    await switchTo('en');

    expect(locale.value).toBe('en');
    expect(elementLocale.value.name).toBe('en');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
  });

  it('starts in the persisted language and ignores unknown values', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    expect((await setupAdminI18n()).global.t('common.save')).toBe('Save');

    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');
    expect((await setupAdminI18n()).global.t('common.save')).toBe('保存');
  });
});
