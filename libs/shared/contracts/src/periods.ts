/**
 * Reporting periods (填报周期). Indicator actuals and fund movements are reported per period;
 * a period is identified by a short code so it can be stored, sorted and shown as-is:
 *
 *   'YYYY'        annual
 *   'YYYY-H1|H2'  half-year
 *   'YYYY-Q1..Q4' quarter
 *   'YYYY-M01..M12' month (two digits, so codes of one year sort as strings)
 *
 * Dates are calendar dates as 'YYYY-MM-DD' strings (no time zone: a period is a span of days in
 * China, and a Date object would drag the server's time zone into it).
 */

export const FREQUENCIES = ['MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export type PeriodErrorCode = 'INVALID_PERIOD' | 'INVALID_ARGUMENT';

/** Thrown for malformed period codes, dates and arguments: always a caller's bug or bad input. */
export class PeriodError extends Error {
  readonly code: PeriodErrorCode;

  constructor(code: PeriodErrorCode, message: string) {
    super(message);
    this.name = 'PeriodError';
    this.code = code;
  }
}

export interface Period {
  /** The canonical code, e.g. '2025-Q3'. */
  code: string;
  year: number;
  frequency: Frequency;
  /** 1-based number of the period within its year (1 for an annual period). */
  index: number;
}

/** Number of periods per year and the months each one spans. */
const MONTHS_PER_PERIOD: Record<Frequency, number> = { MONTHLY: 1, QUARTERLY: 3, SEMI_ANNUAL: 6, ANNUAL: 12 };

/** Years 1000–9999: four digits keep codes and ISO dates sortable as strings. */
const PERIOD_CODE = /^([1-9]\d{3})(?:-(?:H([12])|Q([1-4])|M(0[1-9]|1[0-2])))?$/;
const ISO_DATE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;

/** Parses a period code; throws PeriodError('INVALID_PERIOD') for anything not in canonical form. */
export function parsePeriod(code: string): Period {
  const m = PERIOD_CODE.exec(code);
  if (!m) throw new PeriodError('INVALID_PERIOD', `Invalid period code: ${JSON.stringify(code)}`);
  const year = Number(m[1]);
  if (m[2]) return { code, year, frequency: 'SEMI_ANNUAL', index: Number(m[2]) };
  if (m[3]) return { code, year, frequency: 'QUARTERLY', index: Number(m[3]) };
  if (m[4]) return { code, year, frequency: 'MONTHLY', index: Number(m[4]) };
  return { code, year, frequency: 'ANNUAL', index: 1 };
}

/** True when `code` is a valid period code (for input validation without try/catch). */
export function isPeriodCode(code: string): boolean {
  return PERIOD_CODE.test(code);
}

/** The code of the `index`-th period (1-based) of `year` at `frequency`. */
export function periodCode(frequency: Frequency, year: number, index: number): string {
  assertYear(year);
  const count = 12 / MONTHS_PER_PERIOD[frequency];
  if (!Number.isInteger(index) || index < 1 || index > count) {
    throw new PeriodError('INVALID_ARGUMENT', `Period index ${index} out of 1..${count} for ${frequency}`);
  }
  switch (frequency) {
    case 'ANNUAL':
      return String(year);
    case 'SEMI_ANNUAL':
      return `${year}-H${index}`;
    case 'QUARTERLY':
      return `${year}-Q${index}`;
    case 'MONTHLY':
      return `${year}-M${pad2(index)}`;
  }
}

export function yearOf(code: string): number {
  return parsePeriod(code).year;
}

/** First day of the period, 'YYYY-MM-DD'. */
export function periodStart(code: string): string {
  const { year, firstMonth } = monthSpan(parsePeriod(code));
  return formatDate(year, firstMonth, 1);
}

/** Last day of the period (inclusive), 'YYYY-MM-DD'; February follows the leap-year rule. */
export function periodEnd(code: string): string {
  const { year, lastMonth } = monthSpan(parsePeriod(code));
  return formatDate(year, lastMonth, daysInMonth(year, lastMonth));
}

/**
 * Every period of `frequency` in the years startYear..endYear (inclusive), in chronological
 * order. A reversed range is refused rather than returned empty: it is always a caller's bug.
 */
export function periodsOf(frequency: Frequency, startYear: number, endYear: number): string[] {
  assertYear(startYear);
  assertYear(endYear);
  if (startYear > endYear) {
    throw new PeriodError('INVALID_ARGUMENT', `startYear ${startYear} is after endYear ${endYear}`);
  }
  const count = 12 / MONTHS_PER_PERIOD[frequency];
  const codes: string[] = [];
  for (let year = startYear; year <= endYear; year++) {
    for (let index = 1; index <= count; index++) codes.push(periodCode(frequency, year, index));
  }
  return codes;
}

/**
 * Orders periods "as of": by end date, then by start date. So a period sorts after every period
 * that closes before it, and among periods closing the same day the shorter one (the most recent
 * measurement window) sorts last: '2025' < '2025-H2' < '2025-Q4' < '2025-M12'. For periods of one
 * frequency this is plain chronological order. Ties only for equal codes (returns 0).
 */
export function comparePeriods(a: string, b: string): number {
  return compareStrings(periodEnd(a), periodEnd(b)) || compareStrings(periodStart(a), periodStart(b));
}

/** True when the two periods share at least one day (e.g. '2025' and '2025-Q2'). */
export function periodsOverlap(a: string, b: string): boolean {
  return periodStart(a) <= periodEnd(b) && periodStart(b) <= periodEnd(a);
}

/**
 * The first of `recorded` that overlaps `period` without being it ('2025-H1' against '2025-Q2'):
 * figures of both would be summed for the same months. Null when there is none.
 */
export function overlappingPeriod(period: string, recorded: Iterable<string>): string | null {
  for (const other of recorded) if (other !== period && periodsOverlap(other, period)) return other;
  return null;
}

/** True when the ISO date lies within the period (bounds inclusive). */
export function periodContains(code: string, date: string): boolean {
  assertIsoDate(date);
  return periodStart(code) <= date && date <= periodEnd(code);
}

/** The period of `frequency` that contains the ISO date (e.g. '2024-05-31', QUARTERLY → '2024-Q2'). */
export function periodOfDate(date: string, frequency: Frequency): string {
  const { year, month } = assertIsoDate(date);
  return periodCode(frequency, year, Math.ceil(month / MONTHS_PER_PERIOD[frequency]));
}

/**
 * Deadline for reporting a period: `dueDaysAfterPeriodEnd` calendar days after its last day
 * (0 = due on the last day itself). Negative or fractional offsets are refused.
 */
export function dueDate(code: string, dueDaysAfterPeriodEnd: number): string {
  if (!Number.isInteger(dueDaysAfterPeriodEnd) || dueDaysAfterPeriodEnd < 0) {
    throw new PeriodError('INVALID_ARGUMENT', `dueDaysAfterPeriodEnd must be a non-negative integer, got ${dueDaysAfterPeriodEnd}`);
  }
  return addDays(periodEnd(code), dueDaysAfterPeriodEnd);
}

/** Adds (or with a negative count, subtracts) calendar days to an ISO date. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = assertIsoDate(date);
  if (!Number.isInteger(days)) throw new PeriodError('INVALID_ARGUMENT', `days must be an integer, got ${days}`);
  // UTC arithmetic: no time zone or daylight-saving shift can move the calendar day.
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar date in 'YYYY-MM-DD' form ('2023-02-29' is false). */
export function isIsoDate(date: string): boolean {
  const m = ISO_DATE.exec(date);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Validates an ISO date and returns its parts; throws PeriodError('INVALID_ARGUMENT'). */
export function assertIsoDate(date: string): { year: number; month: number; day: number } {
  if (!isIsoDate(date)) throw new PeriodError('INVALID_ARGUMENT', `Invalid date (expected YYYY-MM-DD): ${JSON.stringify(date)}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function monthSpan(p: Period): { year: number; firstMonth: number; lastMonth: number } {
  const months = MONTHS_PER_PERIOD[p.frequency];
  const lastMonth = p.index * months;
  return { year: p.year, firstMonth: lastMonth - months + 1, lastMonth };
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new PeriodError('INVALID_ARGUMENT', `Year must be an integer in 1000..9999, got ${year}`);
  }
}

function formatDate(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Today's date (YYYY-MM-DD) in China (UTC+8, no daylight saving): what a college means by "today"
 * for due dates. The server clock runs in UTC, which is still yesterday before 08:00 in Beijing.
 */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
