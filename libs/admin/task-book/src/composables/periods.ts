// Reporting periods as the API codes them: '2025' (year), '2025-H1', '2025-Q3', '2025-M07'.

export type PeriodGranularity = 'YEAR' | 'HALF' | 'QUARTER' | 'MONTH';

export const PERIOD_GRANULARITIES: readonly PeriodGranularity[] = ['YEAR', 'HALF', 'QUARTER', 'MONTH'];

const PATTERN = /^(\d{4})(?:-(H[12]|Q[1-4]|M(?:0[1-9]|1[0-2])))?$/;

export interface ParsedPeriod {
  year: number;
  granularity: PeriodGranularity;
  /** Half (1–2), quarter (1–4) or month (1–12); 1 for a year. */
  index: number;
}

export function parsePeriod(code: string): ParsedPeriod | null {
  const match = PATTERN.exec(code);
  if (!match) return null;
  const year = Number(match[1]);
  const part = match[2];
  if (!part) return { year, granularity: 'YEAR', index: 1 };
  const index = Number(part.slice(1));
  const granularity: PeriodGranularity = part.startsWith('H') ? 'HALF' : part.startsWith('Q') ? 'QUARTER' : 'MONTH';
  return { year, granularity, index };
}

function periodCode(year: number, granularity: PeriodGranularity, index: number): string {
  switch (granularity) {
    case 'YEAR':
      return String(year);
    case 'HALF':
      return `${year}-H${index}`;
    case 'QUARTER':
      return `${year}-Q${index}`;
    case 'MONTH':
      return `${year}-M${String(index).padStart(2, '0')}`;
  }
}

const PER_YEAR: Record<PeriodGranularity, number> = { YEAR: 1, HALF: 2, QUARTER: 4, MONTH: 12 };

/** Every period of the years, in order: periodsOf(2025, 2026, 'QUARTER') → 2025-Q1 … 2026-Q4. */
export function periodsOf(startYear: number, endYear: number, granularity: PeriodGranularity): string[] {
  const codes: string[] = [];
  for (let year = startYear; year <= endYear; year++) {
    for (let index = 1; index <= PER_YEAR[granularity]; index++) codes.push(periodCode(year, granularity, index));
  }
  return codes;
}

/** The period containing the date (local calendar). */
export function periodOfDate(date: Date, granularity: PeriodGranularity): string {
  const month = date.getMonth() + 1;
  const index = { YEAR: 1, HALF: Math.ceil(month / 6), QUARTER: Math.ceil(month / 3), MONTH: month }[granularity];
  return periodCode(date.getFullYear(), granularity, index);
}

/** The current period when it lies within the list, else the nearest end of it. */
export function defaultPeriod(periods: readonly string[], today: Date, granularity: PeriodGranularity): string | null {
  if (periods.length === 0) return null;
  const current = periodOfDate(today, granularity);
  if (periods.includes(current)) return current;
  const first = parsePeriod(periods[0]!)!;
  return today.getFullYear() < first.year ? periods[0]! : periods[periods.length - 1]!;
}
