import { describe, expect, it } from 'vitest';
import { attainmentLevel, formatPercent, parseFigures } from './figures';

describe('parseFigures', () => {
  it('reads the figures the server computes', () => {
    const figures = parseFigures({
      tasks: { total: 4, completed: 1, inProgress: 2, notStarted: 1, overdueMilestones: 0, completionRate: 0.25 },
      indicators: { total: 1, reported: 1, attained: 1, attainmentRate: 1, rows: [{ indicatorId: 'i-1', taskCode: '1', code: '1.1', name: '指标', unit: '项', target: 2, actual: 2, attainment: 1 }] },
      achievementsByLevel: [{ level: 'SCHOOL', count: 3 }],
      funds: { budget: 10, arrived: 5, spent: 2, arrivalRate: 0.5, executionRate: 0.2, bySource: [{ source: 'SELF', budget: 10, arrived: 5, spent: 2 }] },
    });

    expect(figures?.tasks.completionRate).toBe(0.25);
    expect(figures?.indicators.rows).toEqual([{ indicatorId: 'i-1', taskCode: '1', code: '1.1', name: '指标', unit: '项', target: 2, actual: 2, attainment: 1 }]);
    expect(figures?.achievementsByLevel).toEqual([
      { level: 'NATIONAL', count: 0 },
      { level: 'PROVINCIAL', count: 0 },
      { level: 'MUNICIPAL', count: 0 },
      { level: 'SCHOOL', count: 3 },
    ]);
    expect(figures?.funds.bySource).toEqual([{ source: 'SELF', budget: 10, arrived: 5, spent: 2 }]);
  });

  it('survives missing and malformed parts: counts become 0, rates null, unknown entries are dropped', () => {
    const figures = parseFigures({
      tasks: { total: '4', completionRate: 'high' },
      indicators: { rows: [null, 'x', { code: '1.1', actual: Number.NaN, attainment: Infinity }] },
      achievementsByLevel: [{ level: 'GALACTIC', count: 9 }, 'x'],
      funds: { bySource: [{ source: 'PIRATE', budget: 1 }, { source: 'LOCAL' }] },
    });

    expect(figures?.tasks).toEqual({ total: 0, completed: 0, inProgress: 0, notStarted: 0, overdueMilestones: 0, completionRate: null });
    expect(figures?.indicators.rows).toEqual([{ indicatorId: '', taskCode: '', code: '1.1', name: '', unit: null, target: null, actual: null, attainment: null }]);
    expect(figures?.achievementsByLevel.every((entry) => entry.count === 0)).toBe(true);
    expect(figures?.funds).toEqual({ budget: 0, arrived: 0, spent: 0, arrivalRate: null, executionRate: null, bySource: [{ source: 'LOCAL', budget: 0, arrived: 0, spent: 0 }] });
  });

  it('is null for anything that is not an object', () => {
    expect([null, undefined, 'figures', 3, []].map(parseFigures)).toEqual([null, null, null, null, null]);
  });
});

describe('formatting', () => {
  it('formats fractions as percentages with one decimal at most, "—" without a value', () => {
    expect([0, 0.25, 0.4567, 1, 1.2345, null, undefined, Number.NaN].map((value) => formatPercent(value))).toEqual([
      '0%',
      '25%',
      '45.7%',
      '100%',
      '123.5%',
      '—',
      '—',
      '—',
    ]);
  });

  it('grades attainment like the server (80 % counts despite floating point)', () => {
    expect([1, 1.3, 2.4 / 3, 0.79, null].map(attainmentLevel)).toEqual(['MET', 'MET', 'ON_TRACK', 'LAGGING', 'NO_DATA']);
  });
});
