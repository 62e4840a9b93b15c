import { describe, expect, it } from 'vitest';
import {
  addDays,
  chinaToday,
  overlappingPeriod,
  comparePeriods,
  daysInMonth,
  dueDate,
  isIsoDate,
  isLeapYear,
  isPeriodCode,
  parsePeriod,
  PeriodError,
  periodCode,
  periodContains,
  periodEnd,
  periodOfDate,
  periodsOf,
  periodsOverlap,
  periodStart,
  yearOf,
} from './periods.js';

function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PeriodError);
    return (e as PeriodError).code;
  }
  return undefined;
}

describe('parsePeriod', () => {
  it('parses every kind of code', () => {
    expect(parsePeriod('2025')).toEqual({ code: '2025', year: 2025, frequency: 'ANNUAL', index: 1 });
    expect(parsePeriod('2025-H2')).toEqual({ code: '2025-H2', year: 2025, frequency: 'SEMI_ANNUAL', index: 2 });
    expect(parsePeriod('2025-Q3')).toEqual({ code: '2025-Q3', year: 2025, frequency: 'QUARTERLY', index: 3 });
    expect(parsePeriod('2025-M01')).toEqual({ code: '2025-M01', year: 2025, frequency: 'MONTHLY', index: 1 });
    expect(parsePeriod('2025-M12')).toEqual({ code: '2025-M12', year: 2025, frequency: 'MONTHLY', index: 12 });
  });

  it.each([
    '', '25', '02025', '0999', '2025-', '2025-H0', '2025-H3', '2025-Q0', '2025-Q5', '2025-M00', '2025-M13',
    '2025-M1', '2025-m01', '2025-q1', ' 2025', '2025 ', '2025-Q1 ', '2025/Q1', '2025-01', '2025-W01', '2025-H1-Q1',
  ])('refuses %j with INVALID_PERIOD', (code) => {
    expect(errorCode(() => parsePeriod(code))).toBe('INVALID_PERIOD');
    expect(isPeriodCode(code)).toBe(false);
  });

  it('isPeriodCode accepts valid codes', () => {
    for (const c of ['2021', '2021-H1', '2021-Q4', '2021-M09']) expect(isPeriodCode(c)).toBe(true);
  });

  it('yearOf returns the year for every frequency and refuses invalid codes', () => {
    expect(yearOf('2019')).toBe(2019);
    expect(yearOf('2020-H1')).toBe(2020);
    expect(yearOf('2021-Q4')).toBe(2021);
    expect(yearOf('2022-M07')).toBe(2022);
    expect(errorCode(() => yearOf('2022-X1'))).toBe('INVALID_PERIOD');
  });
});

describe('periodStart / periodEnd', () => {
  it.each([
    ['2025', '2025-01-01', '2025-12-31'],
    ['2025-H1', '2025-01-01', '2025-06-30'],
    ['2025-H2', '2025-07-01', '2025-12-31'],
    ['2025-Q1', '2025-01-01', '2025-03-31'],
    ['2025-Q2', '2025-04-01', '2025-06-30'],
    ['2025-Q3', '2025-07-01', '2025-09-30'],
    ['2025-Q4', '2025-10-01', '2025-12-31'],
    ['2025-M01', '2025-01-01', '2025-01-31'],
    ['2025-M04', '2025-04-01', '2025-04-30'],
    ['2025-M09', '2025-09-01', '2025-09-30'],
    ['2025-M11', '2025-11-01', '2025-11-30'],
    ['2025-M12', '2025-12-01', '2025-12-31'],
  ])('%s spans %s .. %s', (code, start, end) => {
    expect(periodStart(code)).toBe(start);
    expect(periodEnd(code)).toBe(end);
  });

  it('February ends on the 29th in leap years only (4/100/400 rule)', () => {
    expect(periodEnd('2024-M02')).toBe('2024-02-29');
    expect(periodEnd('2023-M02')).toBe('2023-02-28');
    expect(periodEnd('2000-M02')).toBe('2000-02-29'); // divisible by 400
    expect(periodEnd('1900-M02')).toBe('1900-02-28'); // divisible by 100, not 400
    expect(periodEnd('2100-M02')).toBe('2100-02-28');
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 6)).toBe(30);
    expect(daysInMonth(2023, 7)).toBe(31);
  });

  it('refuses invalid codes', () => {
    expect(errorCode(() => periodStart('2025-Q5'))).toBe('INVALID_PERIOD');
    expect(errorCode(() => periodEnd('nope'))).toBe('INVALID_PERIOD');
  });
});

describe('periodCode / periodsOf', () => {
  it('builds codes and refuses out-of-range indexes', () => {
    expect(periodCode('MONTHLY', 2025, 3)).toBe('2025-M03');
    expect(periodCode('QUARTERLY', 2025, 4)).toBe('2025-Q4');
    expect(periodCode('SEMI_ANNUAL', 2025, 1)).toBe('2025-H1');
    expect(periodCode('ANNUAL', 2025, 1)).toBe('2025');
    expect(errorCode(() => periodCode('QUARTERLY', 2025, 5))).toBe('INVALID_ARGUMENT');
    expect(errorCode(() => periodCode('ANNUAL', 2025, 2))).toBe('INVALID_ARGUMENT');
    expect(errorCode(() => periodCode('MONTHLY', 2025, 0))).toBe('INVALID_ARGUMENT');
  });

  it('lists the periods of each frequency in order, years inclusive', () => {
    expect(periodsOf('ANNUAL', 2019, 2023)).toEqual(['2019', '2020', '2021', '2022', '2023']);
    expect(periodsOf('SEMI_ANNUAL', 2024, 2025)).toEqual(['2024-H1', '2024-H2', '2025-H1', '2025-H2']);
    expect(periodsOf('QUARTERLY', 2025, 2025)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    const months = periodsOf('MONTHLY', 2024, 2025);
    expect(months).toHaveLength(24);
    expect(months[0]).toBe('2024-M01');
    expect(months[11]).toBe('2024-M12');
    expect(months[12]).toBe('2025-M01');
    expect(months[23]).toBe('2025-M12');
  });

  it('the listed periods tile the years without gaps or overlaps', () => {
    for (const f of ['MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL'] as const) {
      const codes = periodsOf(f, 2023, 2024);
      expect(periodStart(codes[0]!)).toBe('2023-01-01');
      expect(periodEnd(codes[codes.length - 1]!)).toBe('2024-12-31');
      for (let i = 1; i < codes.length; i++) expect(periodStart(codes[i]!)).toBe(addDays(periodEnd(codes[i - 1]!), 1));
    }
  });

  it('refuses a reversed range and non-integer or out-of-range years', () => {
    expect(errorCode(() => periodsOf('ANNUAL', 2025, 2024))).toBe('INVALID_ARGUMENT');
    expect(errorCode(() => periodsOf('ANNUAL', 2024.5, 2025))).toBe('INVALID_ARGUMENT');
    expect(errorCode(() => periodsOf('ANNUAL', 999, 2025))).toBe('INVALID_ARGUMENT');
    expect(errorCode(() => periodsOf('ANNUAL', 2025, 10000))).toBe('INVALID_ARGUMENT');
  });
});

describe('comparePeriods', () => {
  it('orders one frequency chronologically, across years too', () => {
    const shuffled = ['2025-M10', '2024-M12', '2025-M02', '2025-M01'];
    expect([...shuffled].sort(comparePeriods)).toEqual(['2024-M12', '2025-M01', '2025-M02', '2025-M10']);
    expect(['2025-Q1', '2024-Q4', '2025-Q3'].sort(comparePeriods)).toEqual(['2024-Q4', '2025-Q1', '2025-Q3']);
  });

  it('orders mixed frequencies by end date, then the shorter (later-starting) period last', () => {
    const mixed = ['2025-M12', '2025', '2025-Q4', '2025-H2', '2025-M03', '2025-Q1', '2025-H1'];
    expect([...mixed].sort(comparePeriods)).toEqual(['2025-Q1', '2025-M03', '2025-H1', '2025', '2025-H2', '2025-Q4', '2025-M12']);
  });

  it('is 0 only for the same period and antisymmetric', () => {
    expect(comparePeriods('2025-Q2', '2025-Q2')).toBe(0);
    expect(Math.sign(comparePeriods('2025', '2025-Q4'))).toBe(-1);
    expect(Math.sign(comparePeriods('2025-Q4', '2025'))).toBe(1);
  });
});

describe('overlap and containment', () => {
  it('periodsOverlap', () => {
    expect(periodsOverlap('2025', '2025-Q2')).toBe(true);
    expect(periodsOverlap('2025-H1', '2025-M06')).toBe(true);
    expect(periodsOverlap('2025-H1', '2025-M07')).toBe(false);
    expect(periodsOverlap('2025-Q4', '2026-Q1')).toBe(false);
    expect(periodsOverlap('2025-Q1', '2025-Q1')).toBe(true);
  });

  it('periodContains is inclusive at both ends', () => {
    expect(periodContains('2024-Q1', '2024-01-01')).toBe(true);
    expect(periodContains('2024-Q1', '2024-03-31')).toBe(true);
    expect(periodContains('2024-Q1', '2024-04-01')).toBe(false);
    expect(periodContains('2024-M02', '2024-02-29')).toBe(true);
  });

  it('periodOfDate maps a date to its period', () => {
    expect(periodOfDate('2024-05-31', 'QUARTERLY')).toBe('2024-Q2');
    expect(periodOfDate('2024-07-01', 'SEMI_ANNUAL')).toBe('2024-H2');
    expect(periodOfDate('2024-06-30', 'SEMI_ANNUAL')).toBe('2024-H1');
    expect(periodOfDate('2024-12-31', 'MONTHLY')).toBe('2024-M12');
    expect(periodOfDate('2024-02-29', 'ANNUAL')).toBe('2024');
    expect(errorCode(() => periodOfDate('2023-02-29', 'ANNUAL'))).toBe('INVALID_ARGUMENT');
  });
});

describe('dates and due dates', () => {
  it('isIsoDate accepts only real calendar dates in YYYY-MM-DD form', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-04-31')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-00-10')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
    expect(isIsoDate('2023-01-01T00:00:00Z')).toBe(false);
  });

  it('addDays crosses month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-01-31', 30)).toBe('2024-03-01');
  });

  it('dueDate counts calendar days after the last day of the period', () => {
    expect(dueDate('2025-Q1', 15)).toBe('2025-04-15');
    expect(dueDate('2025', 31)).toBe('2026-01-31');
    expect(dueDate('2025-H1', 0)).toBe('2025-06-30');
    expect(dueDate('2024-M01', 29)).toBe('2024-02-29'); // leap year
    expect(dueDate('2023-M01', 29)).toBe('2023-03-01');
    expect(dueDate('2024-M02', 1)).toBe('2024-03-01');
    expect(dueDate('2023-M02', 1)).toBe('2023-03-01');
  });

  it('dueDate refuses negative or fractional offsets and invalid codes', () => {
    expect(errorCode(() => dueDate('2025-Q1', -1))).toBe('INVALID_ARGUMENT');
    expect(errorCode(() => dueDate('2025-Q1', 1.5))).toBe('INVALID_ARGUMENT');
    expect(errorCode(() => dueDate('2025-Q9', 10))).toBe('INVALID_PERIOD');
  });
});

describe('chinaToday', () => {
  it('is the Beijing date: still the UTC date until 16:00 UTC, the next day from then on', () => {
    expect(chinaToday(new Date('2025-06-30T15:59:59Z'))).toBe('2025-06-30');
    expect(chinaToday(new Date('2025-06-30T16:00:00Z'))).toBe('2025-07-01');
    expect(chinaToday(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });
});

describe('overlappingPeriod', () => {
  it('names a recorded period that overlaps without being the same one', () => {
    expect(overlappingPeriod('2025-H1', ['2024', '2025-Q3', '2025-Q2'])).toBe('2025-Q2');
    expect(overlappingPeriod('2025', ['2025-M07'])).toBe('2025-M07');
    expect(overlappingPeriod('2025-Q2', ['2025-Q2', '2025-Q1', '2025-H2'])).toBeNull();
    expect(overlappingPeriod('2025-Q2', [])).toBeNull();
  });
});
