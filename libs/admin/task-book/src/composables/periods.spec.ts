import { describe, expect, it } from 'vitest';
import { defaultPeriod, parsePeriod, periodOfDate, periodsOf } from './periods';

describe('reporting periods', () => {
  it('lists the periods of the programme years at each granularity', () => {
    const quarters = periodsOf(2025, 2029, 'QUARTER');
    expect(quarters).toHaveLength(20);
    expect(quarters.slice(0, 5)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']);
    expect(quarters.at(-1)).toBe('2029-Q4');
    expect(periodsOf(2025, 2026, 'YEAR')).toEqual(['2025', '2026']);
    expect(periodsOf(2025, 2025, 'HALF')).toEqual(['2025-H1', '2025-H2']);
    expect(periodsOf(2025, 2025, 'MONTH').slice(5, 8)).toEqual(['2025-M06', '2025-M07', '2025-M08']);
  });

  it('parses the codes the API uses and nothing else', () => {
    expect(parsePeriod('2025')).toEqual({ year: 2025, granularity: 'YEAR', index: 1 });
    expect(parsePeriod('2025-H2')).toEqual({ year: 2025, granularity: 'HALF', index: 2 });
    expect(parsePeriod('2025-Q3')).toEqual({ year: 2025, granularity: 'QUARTER', index: 3 });
    expect(parsePeriod('2025-M07')).toEqual({ year: 2025, granularity: 'MONTH', index: 7 });
    for (const bad of ['2025-Q5', '2025-M13', '2025-M7', '25-Q1', '2025Q1', '']) expect(parsePeriod(bad)).toBeNull();
  });

  it('finds the period of a date', () => {
    const date = new Date(2026, 7, 15); // 15 August 2026
    expect(periodOfDate(date, 'QUARTER')).toBe('2026-Q3');
    expect(periodOfDate(date, 'HALF')).toBe('2026-H2');
    expect(periodOfDate(date, 'MONTH')).toBe('2026-M08');
    expect(periodOfDate(date, 'YEAR')).toBe('2026');
  });

  it('defaults to the current period, or the nearest end of the programme', () => {
    const quarters = periodsOf(2025, 2029, 'QUARTER');
    expect(defaultPeriod(quarters, new Date(2026, 3, 1), 'QUARTER')).toBe('2026-Q2');
    expect(defaultPeriod(quarters, new Date(2024, 11, 31), 'QUARTER')).toBe('2025-Q1');
    expect(defaultPeriod(quarters, new Date(2031, 0, 1), 'QUARTER')).toBe('2029-Q4');
    expect(defaultPeriod([], new Date(), 'QUARTER')).toBeNull();
  });
});
