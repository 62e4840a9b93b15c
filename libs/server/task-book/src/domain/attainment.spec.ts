import { describe, expect, it } from 'vitest';
import {
  aggregateActuals,
  attainment,
  AttainmentError,
  attainmentStatus,
  capped,
  cappedAttainment,
  cumulativeActual,
  cumulativeAttainment,
  MAX_RATIO,
  MET_THRESHOLD,
  ON_TRACK_THRESHOLD,
  periodAttainment,
  rollUpTask,
  rollUpTree,
  yearActual,
  yearAttainment,
  type IndicatorSeries,
  type TaskAttainmentNode,
} from './attainment.js';

const HB = 'HIGHER_BETTER' as const;
const LB = 'LOWER_BETTER' as const;

function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AttainmentError);
    return (e as AttainmentError).code;
  }
  return undefined;
}

describe('attainment', () => {
  it('HIGHER_BETTER is actual / target, uncapped', () => {
    expect(attainment({ actual: 8, target: 10, direction: HB })).toBe(0.8);
    expect(attainment({ actual: 12, target: 10, direction: HB })).toBe(1.2);
    expect(attainment({ actual: 0, target: 10, direction: HB })).toBe(0);
  });

  it('LOWER_BETTER is target / actual', () => {
    expect(attainment({ actual: 4, target: 5, direction: LB })).toBe(1.25);
    expect(attainment({ actual: 5, target: 4, direction: LB })).toBe(0.8);
    expect(attainment({ actual: 20, target: 18, direction: LB })).toBe(0.9);
  });

  it('null when there is no target or no reported actual', () => {
    expect(attainment({ actual: 5, target: null, direction: HB })).toBeNull();
    expect(attainment({ actual: 5, target: undefined, direction: HB })).toBeNull();
    expect(attainment({ actual: null, target: 5, direction: HB })).toBeNull();
    expect(attainment({ actual: undefined, target: 5, direction: LB })).toBeNull();
    expect(attainment({ actual: null, target: null, direction: LB })).toBeNull();
  });

  it('HIGHER_BETTER with target 0 is trivially met (1), whatever the actual', () => {
    expect(attainment({ actual: 0, target: 0, direction: HB })).toBe(1);
    expect(attainment({ actual: 7, target: 0, direction: HB })).toBe(1);
  });

  it('LOWER_BETTER with actual 0: 1 when the target is 0, MAX_RATIO otherwise', () => {
    expect(attainment({ actual: 0, target: 0, direction: LB })).toBe(1);
    expect(attainment({ actual: 0, target: 5, direction: LB })).toBe(MAX_RATIO);
    expect(MAX_RATIO).toBe(10);
  });

  it('LOWER_BETTER with target 0 and a positive actual is 0 (missed)', () => {
    expect(attainment({ actual: 3, target: 0, direction: LB })).toBe(0);
  });

  it('bounds extreme ratios at MAX_RATIO in both directions', () => {
    expect(attainment({ actual: 5, target: 0.001, direction: HB })).toBe(MAX_RATIO);
    expect(attainment({ actual: 0.1, target: 5, direction: LB })).toBe(MAX_RATIO);
    expect(attainment({ actual: 95, target: 10, direction: HB })).toBe(9.5); // just below: untouched
  });

  it('ignores the baseline (national rule: actual vs target for the period)', () => {
    expect(attainment({ actual: 8, target: 10, baseline: 6, direction: HB })).toBe(0.8);
    expect(attainment({ actual: 8, target: 10, baseline: null, direction: HB })).toBe(0.8);
  });

  it('refuses negative and non-finite values, even when the other side is missing', () => {
    expect(errorCode(() => attainment({ actual: -1, target: 10, direction: HB }))).toBe('NEGATIVE_VALUE');
    expect(errorCode(() => attainment({ actual: 5, target: -5, direction: LB }))).toBe('NEGATIVE_VALUE');
    expect(errorCode(() => attainment({ actual: -1, target: null, direction: HB }))).toBe('NEGATIVE_VALUE');
    expect(errorCode(() => attainment({ actual: Number.NaN, target: 10, direction: HB }))).toBe('NOT_FINITE');
    expect(errorCode(() => attainment({ actual: 1, target: Infinity, direction: HB }))).toBe('NOT_FINITE');
  });
});

describe('capped and status', () => {
  it('capped is min(ratio, 1) and keeps null', () => {
    expect(capped(1.2)).toBe(1);
    expect(capped(0.7)).toBe(0.7);
    expect(capped(null)).toBeNull();
    expect(cappedAttainment({ actual: 12, target: 10, direction: HB })).toBe(1);
    expect(cappedAttainment({ actual: 5, target: 4, direction: LB })).toBe(0.8);
    expect(cappedAttainment({ actual: 0, target: 4, direction: LB })).toBe(1);
    expect(cappedAttainment({ actual: 1, target: null, direction: LB })).toBeNull();
  });

  it('thresholds are exported constants', () => {
    expect(MET_THRESHOLD).toBe(1);
    expect(ON_TRACK_THRESHOLD).toBe(0.8);
  });

  it.each([
    [null, 'NO_DATA'],
    [MAX_RATIO, 'MET'],
    [1.2, 'MET'],
    [1, 'MET'],
    [0.99, 'ON_TRACK'],
    [0.8, 'ON_TRACK'],
    [0.7999, 'LAGGING'],
    [0.5, 'LAGGING'],
    [0, 'LAGGING'],
  ] as const)('status(%s) = %s', (ratio, expected) => {
    expect(attainmentStatus(ratio)).toBe(expected);
  });

  it('tolerates binary floating-point error at the thresholds', () => {
    const r = attainment({ actual: 2.4, target: 3, direction: HB })!;
    expect(r).toBeLessThan(0.8); // 0.7999999999999999
    expect(attainmentStatus(r)).toBe('ON_TRACK');
    const m = attainment({ actual: 0.3, target: 0.1 + 0.2, direction: HB })!;
    expect(m).toBeLessThan(1);
    expect(attainmentStatus(m)).toBe('MET');
  });
});

describe('aggregation over periods', () => {
  /** Stock indicator: number of national platforms (LATEST). */
  const platforms: IndicatorSeries = {
    direction: HB,
    aggregation: 'LATEST',
    yearlyTargets: { 2024: 2, 2025: 4 },
    finalTarget: 5,
    actuals: [
      { period: '2024-Q2', value: 1 },
      { period: '2024-Q1', value: 1 },
      { period: '2024-Q3', value: 2 },
      { period: '2024-Q4', value: null },
      { period: '2025-Q1', value: 3 },
      { period: '2025-Q2', value: 5 },
    ],
  };

  /** Flow indicator: training person-times (SUM). */
  const training: IndicatorSeries = {
    direction: HB,
    aggregation: 'SUM',
    yearlyTargets: { 2024: 1000, 2025: 1200 },
    finalTarget: 2000,
    actuals: [
      { period: '2024-H1', value: 400 },
      { period: '2024-H2', value: 700 },
      { period: '2025-H1', value: 500 },
    ],
  };

  it('LATEST takes the latest reported period of the year, skipping unreported ones', () => {
    expect(yearActual(platforms, 2024)).toBe(2); // Q4 not reported → Q3
    expect(yearAttainment(platforms, 2024)).toBe(1);
    expect(yearActual(platforms, 2025)).toBe(5);
    expect(yearAttainment(platforms, 2025)).toBe(1.25);
  });

  it('SUM adds the periods of the year', () => {
    expect(yearActual(training, 2024)).toBe(1100);
    expect(yearAttainment(training, 2024)).toBeCloseTo(1.1, 12);
    expect(yearAttainment(training, 2025)).toBeCloseTo(500 / 1200, 12);
  });

  it('a year without target or without actuals has no attainment', () => {
    expect(yearAttainment(platforms, 2026)).toBeNull(); // no target, no actuals
    expect(yearAttainment({ ...training, yearlyTargets: { 2025: 1200 } }, 2024)).toBeNull(); // actuals, no target
    expect(yearAttainment({ ...training, actuals: [] }, 2024)).toBeNull(); // target, no actuals
  });

  it('cumulative compares the final target with LATEST or SUM over the whole programme', () => {
    expect(cumulativeActual(platforms)).toBe(5);
    expect(cumulativeAttainment(platforms)).toBe(1);
    expect(cumulativeActual(training)).toBe(1600);
    expect(cumulativeAttainment(training)).toBeCloseTo(0.8, 12);
  });

  it('cumulative as of a period ignores later periods', () => {
    expect(cumulativeAttainment(platforms, '2024-Q4')).toBeCloseTo(0.4, 12);
    expect(cumulativeAttainment(training, '2024-H2')).toBeCloseTo(0.55, 12);
    expect(cumulativeAttainment(training, '2024')).toBeCloseTo(0.55, 12);
    expect(cumulativeAttainment(training, '2023')).toBeNull();
  });

  it('cumulative is null without a final target', () => {
    expect(cumulativeAttainment({ ...training, finalTarget: null })).toBeNull();
  });

  it('period attainment is year-to-date against the year target', () => {
    expect(periodAttainment(platforms, '2024-Q2')).toBe(0.5);
    expect(periodAttainment(platforms, '2025-Q1')).toBe(0.75);
    expect(periodAttainment(training, '2024-H1')).toBeCloseTo(0.4, 12);
    expect(periodAttainment(training, '2024-H2')).toBeCloseTo(1.1, 12);
    expect(periodAttainment(training, '2025-H1')).toBeCloseTo(500 / 1200, 12); // 2024 not carried over
  });

  it('period attainment is null when the period itself is not reported', () => {
    expect(periodAttainment(platforms, '2024-Q4')).toBeNull(); // reported as null
    expect(periodAttainment(training, '2025-H2')).toBeNull(); // absent
  });

  it('LOWER_BETTER with SUM: incidents per year', () => {
    const incidents: IndicatorSeries = {
      direction: LB,
      aggregation: 'SUM',
      yearlyTargets: { 2024: 2, 2025: 2, 2026: 0 },
      finalTarget: 5,
      actuals: [
        { period: '2024-Q1', value: 0 },
        { period: '2024-Q2', value: 1 },
        { period: '2024-Q3', value: 0 },
        { period: '2024-Q4', value: 2 },
        { period: '2025-Q1', value: 0 },
        { period: '2026-Q1', value: 0 },
      ],
    };
    expect(yearAttainment(incidents, 2024)).toBeCloseTo(2 / 3, 12);
    expect(attainmentStatus(yearAttainment(incidents, 2024))).toBe('LAGGING');
    expect(yearAttainment(incidents, 2025)).toBe(MAX_RATIO); // zero incidents against a ceiling of 2
    expect(yearAttainment(incidents, 2026)).toBe(1); // zero against zero
    expect(periodAttainment(incidents, '2024-Q2')).toBe(2); // 1 so far against 2
    expect(cumulativeAttainment(incidents)).toBeCloseTo(5 / 3, 12);
  });

  it('LOWER_BETTER with LATEST: student-teacher ratio', () => {
    const ratio: IndicatorSeries = {
      direction: LB,
      aggregation: 'LATEST',
      yearlyTargets: { 2024: 18 },
      finalTarget: 16,
      actuals: [
        { period: '2024-H1', value: 22.5 },
        { period: '2024-H2', value: 20 },
      ],
    };
    expect(yearAttainment(ratio, 2024)).toBe(0.9);
    expect(periodAttainment(ratio, '2024-H1')).toBe(0.8);
    expect(cumulativeAttainment(ratio)).toBe(0.8);
  });

  it('a zero yearly target with HIGHER_BETTER is met', () => {
    const s: IndicatorSeries = { ...training, yearlyTargets: { 2024: 0 } };
    expect(yearAttainment(s, 2024)).toBe(1);
  });

  it('aggregateActuals: empty or all-unreported is null; a reported zero is 0', () => {
    expect(aggregateActuals([], 'SUM')).toBeNull();
    expect(aggregateActuals([{ period: '2024', value: null }], 'LATEST')).toBeNull();
    expect(aggregateActuals([{ period: '2024', value: 0 }], 'SUM')).toBe(0);
  });

  it('LATEST with mixed frequencies prefers the most recent window', () => {
    const actuals = [
      { period: '2024-Q4', value: 9 },
      { period: '2024', value: 7 },
      { period: '2024-H1', value: 3 },
    ];
    expect(aggregateActuals(actuals, 'LATEST')).toBe(9);
  });

  it('SUM refuses overlapping periods; unreported overlapping periods are harmless', () => {
    expect(errorCode(() => aggregateActuals([{ period: '2024', value: 5 }, { period: '2024-Q1', value: 1 }], 'SUM'))).toBe('OVERLAPPING_PERIODS');
    expect(errorCode(() => aggregateActuals([{ period: '2024-H1', value: 5 }, { period: '2024-M06', value: 1 }], 'SUM'))).toBe('OVERLAPPING_PERIODS');
    expect(aggregateActuals([{ period: '2024', value: null }, { period: '2024-Q1', value: 1 }, { period: '2024-Q2', value: 2 }], 'SUM')).toBe(3);
  });

  it('a period reported twice is refused for both aggregations', () => {
    const dup = [{ period: '2024-Q1', value: 1 }, { period: '2024-Q1', value: 2 }];
    expect(errorCode(() => aggregateActuals(dup, 'SUM'))).toBe('OVERLAPPING_PERIODS');
    expect(errorCode(() => aggregateActuals(dup, 'LATEST'))).toBe('OVERLAPPING_PERIODS');
  });

  it('refuses negative reported actuals', () => {
    expect(errorCode(() => aggregateActuals([{ period: '2024-Q1', value: -3 }], 'SUM'))).toBe('NEGATIVE_VALUE');
  });
});

describe('rollUpTask', () => {
  it('is the mean of capped attainments of indicators with data', () => {
    expect(rollUpTask([1.2, 0.5, null])).toBe(0.75);
    expect(rollUpTask([0, 1])).toBe(0.5);
    expect(rollUpTask([MAX_RATIO, 0])).toBe(0.5); // over-achievement cannot hide a gap
    expect(rollUpTask([0])).toBe(0); // reported zero is data, not "no data"
  });

  it('is null when no indicator has data', () => {
    expect(rollUpTask([])).toBeNull();
    expect(rollUpTask([null, null])).toBeNull();
  });
});

describe('rollUpTree', () => {
  const ind = (id: string, attainment: number | null) => ({ id, attainment });
  const task = (id: string, indicators: ReturnType<typeof ind>[], children: TaskAttainmentNode[] = []): TaskAttainmentNode => ({ id, indicators, children });

  const tree = (): TaskAttainmentNode[] => [
    task('T1', [ind('i1', 0.5), ind('i2', null)], [
      task('T1.1', [ind('i3', 1.5)], [task('T1.1.1', [ind('i4', 0.2)])]),
      task('T1.2', []),
    ]),
    task('T2', [ind('i5', 0.9)]),
    task('T3', []),
  ];

  it('averages each task over its own and its descendants’ indicators', () => {
    const { byTask, book } = rollUpTree(tree());
    expect(byTask.get('T1.1.1')).toBeCloseTo(0.2, 12);
    expect(byTask.get('T1.1')).toBeCloseTo((1 + 0.2) / 2, 12);
    expect(byTask.get('T1')).toBeCloseTo((0.5 + 1 + 0.2) / 3, 12); // weighted by indicator, not mean of children
    expect(byTask.get('T2')).toBeCloseTo(0.9, 12);
    expect(book).toBeCloseTo((0.5 + 1 + 0.2 + 0.9) / 4, 12);
  });

  it('empty tasks and tasks whose indicators have no data are null', () => {
    const { byTask } = rollUpTree(tree());
    expect(byTask.get('T1.2')).toBeNull();
    expect(byTask.get('T3')).toBeNull();
    expect(byTask.size).toBe(6); // every task gets an entry
    expect(rollUpTree([task('X', [ind('a', null)])]).byTask.get('X')).toBeNull();
  });

  it('counts an indicator listed under several tasks once', () => {
    const roots = tree();
    (roots[0]!.indicators as ReturnType<typeof ind>[]).push(ind('i4', 0.2)); // also listed on T1
    roots.push(task('T4', [ind('i5', 0.9)])); // also listed on T2
    const { byTask, book } = rollUpTree(roots);
    expect(byTask.get('T1')).toBeCloseTo((0.5 + 1 + 0.2) / 3, 12);
    expect(book).toBeCloseTo((0.5 + 1 + 0.2 + 0.9) / 4, 12);
  });

  it('refuses the same indicator with two different attainments', () => {
    const roots = [task('A', [ind('i', 0.5)], [task('B', [ind('i', 0.6)])])];
    expect(errorCode(() => rollUpTree(roots))).toBe('CONFLICTING_INDICATOR');
    expect(errorCode(() => rollUpTree([task('A', [ind('i', 0.5)]), task('B', [ind('i', null)])]))).toBe('CONFLICTING_INDICATOR');
  });

  it('an empty book has no attainment', () => {
    const { byTask, book } = rollUpTree([]);
    expect(byTask.size).toBe(0);
    expect(book).toBeNull();
  });
});
