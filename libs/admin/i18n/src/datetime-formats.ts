import type { AppLocale } from './locales';

type DateTimeFormat = Intl.DateTimeFormatOptions;

const shortDate: DateTimeFormat = { year: 'numeric', month: '2-digit', day: '2-digit' };
const dateTime: DateTimeFormat = { ...shortDate, hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false };

/** Named formats for `d(value, 'date' | 'datetime')`. */
export const DATETIME_FORMATS: Record<AppLocale, Record<'date' | 'datetime', DateTimeFormat>> = {
  'zh-CN': { date: shortDate, datetime: dateTime },
  en: { date: shortDate, datetime: dateTime },
};
