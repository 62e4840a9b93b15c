/**
 * How figures read in the documents (docx and PDF show the same strings). Rounding goes through
 * integers so that e.g. 1 234 550 元 is 123.46 万元 and not 123.45 (binary fractions round down).
 */

/** Shown for a missing value or a rate whose denominator is zero. */
export const NO_VALUE = '—';

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const PLAIN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
/** China has kept UTC+8 without daylight saving since 1991. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** 元 → 万元 with 2 decimals and thousands separators: 12 345 678 → `1,234.57`. */
export function formatWan(yuan: number | null): string {
  if (yuan === null || !Number.isFinite(yuan)) return NO_VALUE;
  const hundreds = Math.round(Math.abs(yuan) / 100);
  const sign = yuan < 0 && hundreds > 0 ? '-' : '';
  return `${sign}${GROUPED.format(Math.floor(hundreds / 100))}.${String(hundreds % 100).padStart(2, '0')}`;
}

/** A fraction as a percentage with 1 decimal: 0.8756 → `87.6%`. */
export function formatPercent(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return NO_VALUE;
  // toFixed on rate * 100 would round 0.8745 (stored as 0.87449…) down; 1e-9 absorbs that error.
  const tenths = Math.round(rate * 1000 + (rate >= 0 ? 1e-9 : -1e-9));
  return `${(tenths / 10).toFixed(1)}%`;
}

/** An indicator value as entered: up to 2 decimals, thousands separators. */
export function formatNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  return PLAIN.format(value);
}

/** ISO date or timestamp → `YYYY-MM-DD` (the date part as stored). */
export function formatDate(iso: string | null): string {
  if (!iso) return NO_VALUE;
  return /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? iso;
}

/** ISO timestamp → Beijing time `YYYY-MM-DD HH:mm`, whatever the server's time zone. */
export function formatGeneratedAt(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Date(time + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (chapter numbers; up to 99). */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones]!;
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
}

/** Characters XML 1.0 cannot hold would make Word or Excel refuse the whole file; they are dropped. */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}
