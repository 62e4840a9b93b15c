import type { Language } from 'element-plus/es/locale';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import en from 'element-plus/es/locale/lang/en';
import type { AppLocale } from './locales';

/** Element Plus ships its own strings (pagination, date picker, empty table); they follow the UI locale. */
export const ELEMENT_LOCALES: Record<AppLocale, Language> = { 'zh-CN': zhCn, en };
