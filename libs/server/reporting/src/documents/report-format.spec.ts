import { describe, expect, it } from 'vitest';
import { chineseOrdinal, formatDate, formatGeneratedAt, formatNumber, formatPercent, formatWan, xmlSafe } from './report-format.js';

describe('report formats', () => {
  it('shows 元 as 万元 with 2 decimals, rounding half up through integers', () => {
    expect(formatWan(75_000_000)).toBe('7,500.00');
    expect(formatWan(12_345_678)).toBe('1,234.57');
    expect(formatWan(1_234_550)).toBe('123.46');
    expect(formatWan(18_765_432.1)).toBe('1,876.54');
    expect(formatWan(49)).toBe('0.00');
    expect(formatWan(-250_000)).toBe('-25.00');
    expect(formatWan(null)).toBe('—');
  });

  it('shows rates as percentages with 1 decimal', () => {
    expect(formatPercent(0.25)).toBe('25.0%');
    expect(formatPercent(0.8745)).toBe('87.5%');
    expect(formatPercent(1 / 3)).toBe('33.3%');
    expect(formatPercent(1.15)).toBe('115.0%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(null)).toBe('—');
  });

  it('shows indicator values as entered, dates as dates, generation time in Beijing time', () => {
    expect(formatNumber(2150.5)).toBe('2,150.5');
    expect(formatNumber(96.4)).toBe('96.4');
    expect(formatNumber(null)).toBe('—');
    expect(formatDate('2025-07-12')).toBe('2025-07-12');
    expect(formatDate(null)).toBe('—');
    expect(formatGeneratedAt('2025-10-09T06:30:00.000Z')).toBe('2025-10-09 14:30');
    expect(formatGeneratedAt('2025-12-31T17:05:00Z')).toBe('2026-01-01 01:05');
  });

  it('numbers chapters in Chinese', () => {
    expect([1, 4, 7, 10, 12, 20, 21].map(chineseOrdinal)).toEqual(['一', '四', '七', '十', '十二', '二十', '二十一']);
  });

  it('drops characters XML cannot hold', () => {
    expect(xmlSafe('a\u0001b\u000Bc\td\ne')).toBe('abc\td\ne');
  });
});
