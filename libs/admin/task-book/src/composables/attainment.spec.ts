import { describe, expect, it } from 'vitest';
import { attainmentLevel, formatPercent } from './attainment';

describe('attainment levels', () => {
  it('is met from 100 %, on track from 80 %, lagging below, and "no data" without a figure', () => {
    expect(attainmentLevel(1)).toBe('MET');
    expect(attainmentLevel(1.35)).toBe('MET');
    expect(attainmentLevel(0.99)).toBe('ON_TRACK');
    expect(attainmentLevel(0.8)).toBe('ON_TRACK');
    expect(attainmentLevel(0.7999)).toBe('LAGGING');
    expect(attainmentLevel(0)).toBe('LAGGING');
    expect(attainmentLevel(null)).toBe('NO_DATA');
    expect(attainmentLevel(undefined)).toBe('NO_DATA');
  });

  it('does not let floating-point noise push a ratio below its threshold', () => {
    expect(attainmentLevel(2.4 / 3)).toBe('ON_TRACK'); // 0.7999999999999999
    expect(attainmentLevel(1 - 1e-12)).toBe('MET');
  });

  it('shows ratios as percentages with at most one decimal', () => {
    expect(formatPercent(0.8)).toBe('80%');
    expect(formatPercent(1.2345)).toBe('123.5%');
    expect(formatPercent(0)).toBe('0%');
  });
});
