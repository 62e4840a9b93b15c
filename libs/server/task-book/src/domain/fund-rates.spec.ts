import { describe, expect, it } from 'vitest';
import {
  arrivalRate,
  executionRate,
  FundError,
  fundsByInstitution,
  fundsBySource,
  fundsByTask,
  fundsByYear,
  fundSummary,
  fundTotals,
  selectYear,
  spentOfArrived,
  summarise,
  type BudgetLine,
  type FundData,
  type MovementLine,
  type FundSummary,
} from './fund-rates.js';
import { PeriodError } from '@dsg/contracts';
import { TreeError } from './task-tree.js';

const TASKS = [
  { id: 'T1', parentId: null },
  { id: 'T1.1', parentId: 'T1' },
  { id: 'T1.1.1', parentId: 'T1.1' },
  { id: 'T1.2', parentId: 'T1' },
  { id: 'T2', parentId: null },
];

const budgets: BudgetLine[] = [
  { taskId: 'T1', source: 'CENTRAL', year: 2024, amount: 100 },
  { taskId: 'T1.1', source: 'CENTRAL', year: 2024, amount: 200 },
  { taskId: 'T1.1', source: 'LOCAL', year: 2025, amount: 50 },
  { taskId: 'T1.1.1', source: 'SELF', year: 2024, amount: 50 },
  { taskId: 'T2', source: 'LOCAL', year: 2024, amount: 400 },
];

const movements: MovementLine[] = [
  { taskId: 'T1', source: 'CENTRAL', period: '2024-Q2', arrived: 100, spent: 40 },
  { taskId: 'T1.1', source: 'CENTRAL', period: '2024-H1', arrived: 150, spent: 90 },
  { taskId: 'T1.1', source: 'LOCAL', period: '2025-Q1', arrived: 25, spent: 0 },
  { taskId: 'T1.1.1', source: 'SELF', period: '2024-M06', arrived: 50, spent: 60 },
  { taskId: 'T2', source: 'LOCAL', period: '2024', arrived: 200, spent: 100 },
  { taskId: 'T1.2', source: 'CENTRAL', period: '2024-Q4', arrived: 0, spent: 5 }, // spending without a budget
];

const DATA: FundData = { budgets, movements };

function expectSummary(actual: FundSummary | undefined, expected: [number, number, number, number | null, number | null, number | null]): void {
  expect(actual).toBeDefined();
  const [budget, arrived, spent, arrival, execution, ofArrived] = expected;
  expect({ budget: actual!.budget, arrived: actual!.arrived, spent: actual!.spent }).toEqual({ budget, arrived, spent });
  for (const [got, want] of [
    [actual!.arrivalRate, arrival],
    [actual!.executionRate, execution],
    [actual!.spentOfArrived, ofArrived],
  ] as const) {
    if (want === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(want, 12);
  }
}

describe('rates', () => {
  it('divide by budget (arrival, execution) and by arrived (spent of arrived)', () => {
    expect(arrivalRate(60, 80)).toBe(0.75);
    expect(executionRate(20, 80)).toBe(0.25);
    expect(spentOfArrived(20, 60)).toBeCloseTo(1 / 3, 12);
  });

  it('are not capped', () => {
    expect(arrivalRate(120, 100)).toBe(1.2);
    expect(executionRate(150, 100)).toBe(1.5);
  });

  it('are null when the denominator is 0, negative or missing, or the numerator is missing', () => {
    expect(arrivalRate(50, 0)).toBeNull();
    expect(arrivalRate(50, null)).toBeNull();
    expect(executionRate(50, undefined)).toBeNull();
    expect(spentOfArrived(10, 0)).toBeNull();
    expect(spentOfArrived(10, -5)).toBeNull();
    expect(arrivalRate(null, 100)).toBeNull();
  });

  it('a zero numerator is a rate of 0, not null', () => {
    expect(executionRate(0, 100)).toBe(0);
    expect(spentOfArrived(0, 100)).toBe(0);
  });

  it('refuses non-finite amounts', () => {
    expect(() => arrivalRate(Number.NaN, 100)).toThrow(FundError);
    expect(() => executionRate(1, Infinity)).toThrow(FundError);
  });

  it('summarise derives all three rates from totals', () => {
    expect(summarise({ budget: 200, arrived: 150, spent: 60 })).toEqual({
      budget: 200, arrived: 150, spent: 60, arrivalRate: 0.75, executionRate: 0.3, spentOfArrived: 0.4,
    });
  });
});

describe('totals', () => {
  it('over a whole institution', () => {
    expect(fundTotals(DATA)).toEqual({ budget: 800, arrived: 525, spent: 295 });
    expectSummary(fundSummary(DATA), [800, 525, 295, 0.65625, 0.36875, 295 / 525]);
  });

  it('are exact for decimal 万元 amounts', () => {
    const t = fundTotals({
      budgets: [
        { taskId: 'x', source: 'SELF', year: 2024, amount: 0.1 },
        { taskId: 'x', source: 'SELF', year: 2024, amount: 0.2 },
      ],
      movements: [
        { taskId: 'x', source: 'SELF', period: '2024', arrived: 0.7, spent: 0.1 },
        { taskId: 'x', source: 'SELF', period: '2025', arrived: 0.1, spent: 0.2 },
      ],
    });
    expect(t).toEqual({ budget: 0.3, arrived: 0.8, spent: 0.3 });
    // 4-decimal amounts (yuan precision) whose float sum drifts even when scaled without rounding.
    const yuan = fundTotals({
      budgets: [8.0002, 33.5406, 0.5558].map((amount) => ({ taskId: 'x', source: 'SELF' as const, year: 2024, amount })),
      movements: [],
    });
    expect(yuan.budget).toBe(42.0966);
  });

  it('of nothing are zero with null rates', () => {
    expectSummary(fundSummary({ budgets: [], movements: [] }), [0, 0, 0, null, null, null]);
  });

  it('net negative corrections are summed; a net negative arrival gives no spent-of-arrived rate', () => {
    const s = fundSummary({
      budgets: [{ taskId: 'x', source: 'SELF', year: 2024, amount: 100 }],
      movements: [
        { taskId: 'x', source: 'SELF', period: '2024-Q1', arrived: 10, spent: 5 },
        { taskId: 'x', source: 'SELF', period: '2024-Q2', arrived: -30, spent: -5 }, // 冲销
      ],
    });
    expectSummary(s, [100, -20, 0, -0.2, 0, null]);
  });

  it('refuses negative budgets, non-finite amounts and invalid periods', () => {
    const bad = (data: Partial<FundData>) => () => fundTotals({ budgets: [], movements: [], ...data });
    expect(bad({ budgets: [{ taskId: 'x', source: 'SELF', year: 2024, amount: -1 }] })).toThrow(
      expect.objectContaining({ code: 'NEGATIVE_BUDGET' }),
    );
    expect(bad({ budgets: [{ taskId: 'x', source: 'SELF', year: 2024, amount: Number.NaN }] })).toThrow(
      expect.objectContaining({ code: 'NOT_FINITE' }),
    );
    expect(bad({ movements: [{ taskId: 'x', source: 'SELF', period: '2024', arrived: Infinity, spent: 0 }] })).toThrow(FundError);
    expect(bad({ movements: [{ taskId: 'x', source: 'SELF', period: '2024-Q5', arrived: 1, spent: 0 }] })).toThrow(PeriodError);
  });
});

describe('fundsByTask', () => {
  const byTask = fundsByTask(TASKS, DATA);

  it('a leaf task: its own lines (over-execution is reported, not capped)', () => {
    expectSummary(byTask.get('T1.1.1'), [50, 50, 60, 1, 1.2, 1.2]);
  });

  it('a task includes all its descendants', () => {
    expectSummary(byTask.get('T1.1'), [300, 225, 150, 0.75, 0.5, 150 / 225]);
    expectSummary(byTask.get('T1'), [400, 325, 195, 0.8125, 0.4875, 0.6]);
    expectSummary(byTask.get('T2'), [400, 200, 100, 0.5, 0.25, 0.5]);
  });

  it('a task with spending but no budget has null rates', () => {
    expectSummary(byTask.get('T1.2'), [0, 0, 5, null, null, null]);
  });

  it('every task gets an entry, even without any line', () => {
    const m = fundsByTask([...TASKS, { id: 'T3', parentId: null }], DATA);
    expect(m.size).toBe(6);
    expectSummary(m.get('T3'), [0, 0, 0, null, null, null]);
  });

  it('level-1 tasks add up to the institution total', () => {
    const t1 = byTask.get('T1')!;
    const t2 = byTask.get('T2')!;
    expect({ budget: t1.budget + t2.budget, arrived: t1.arrived + t2.arrived, spent: t1.spent + t2.spent }).toEqual(fundTotals(DATA));
  });

  it('combined with selectYear gives a task’s figures for one year', () => {
    expectSummary(fundsByTask(TASKS, selectYear(DATA, 2025)).get('T1'), [50, 25, 0, 0.5, 0, 0]);
  });

  it('refuses lines of unknown tasks, missing parents and loops', () => {
    const stray = { budgets: [{ taskId: 'ghost', source: 'SELF' as const, year: 2024, amount: 1 }], movements: [] };
    expect(() => fundsByTask(TASKS, stray)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => fundsByTask([{ id: 'a', parentId: 'nope' }], DATA)).toThrow(TreeError);
    expect(() => fundsByTask([{ id: 'a', parentId: 'b' }, { id: 'b', parentId: 'a' }], { budgets: [], movements: [] })).toThrow(
      expect.objectContaining({ code: 'CYCLE' }),
    );
  });
});

describe('fundsBySource', () => {
  it('groups by source in canonical order, only sources with lines', () => {
    const m = fundsBySource(DATA);
    expect([...m.keys()]).toEqual(['CENTRAL', 'LOCAL', 'SELF']);
    expectSummary(m.get('CENTRAL'), [300, 250, 135, 250 / 300, 0.45, 0.54]);
    expectSummary(m.get('LOCAL'), [450, 225, 100, 0.5, 100 / 450, 100 / 225]);
    expectSummary(m.get('SELF'), [50, 50, 60, 1, 1.2, 1.2]);
  });

  it('keeps the canonical order whatever the order of the lines', () => {
    const reversed = { budgets: [...budgets].reverse(), movements: [...movements].reverse() };
    expect([...fundsBySource(reversed).keys()]).toEqual(['CENTRAL', 'LOCAL', 'SELF']);
    const line = (source: BudgetLine['source']): BudgetLine => ({ taskId: 'x', source, year: 2024, amount: 1 });
    const all = fundsBySource({ budgets: [line('SELF'), line('INDUSTRY'), line('SPONSOR'), line('LOCAL'), line('CENTRAL')], movements: [] });
    expect([...all.keys()]).toEqual(['CENTRAL', 'LOCAL', 'SPONSOR', 'INDUSTRY', 'SELF']);
  });
});

describe('fundsByYear', () => {
  it('compares each year’s budget with the movements of periods in that year', () => {
    const m = fundsByYear(DATA);
    expect([...m.keys()]).toEqual([2024, 2025]);
    expectSummary(m.get(2024), [750, 500, 295, 500 / 750, 295 / 750, 0.59]);
    expectSummary(m.get(2025), [50, 25, 0, 0.5, 0, 0]);
  });

  it('a year with movements but no budget has null budget rates', () => {
    const m = fundsByYear({ budgets: [], movements: [{ taskId: 'x', source: 'SELF', period: '2026-Q1', arrived: 10, spent: 4 }] });
    expectSummary(m.get(2026), [0, 10, 4, null, null, 0.4]);
  });

  it('selectYear keeps the budget lines and movements of one year', () => {
    const y = selectYear(DATA, 2024);
    expect(y.budgets).toHaveLength(4);
    expect(y.movements.map((mv) => mv.period)).toEqual(['2024-Q2', '2024-H1', '2024-M06', '2024', '2024-Q4']);
  });
});

describe('fundsByInstitution', () => {
  it('per institution and pooled for the agency (not a mean of rates)', () => {
    const other: FundData = {
      budgets: [{ taskId: 'X1', source: 'CENTRAL', year: 2024, amount: 200 }],
      movements: [{ taskId: 'X1', source: 'CENTRAL', period: '2024-Q1', arrived: 200, spent: 200 }],
    };
    const { byInstitution, total } = fundsByInstitution([
      { institutionId: 'A', data: DATA },
      { institutionId: 'B', data: other },
      { institutionId: 'C', data: { budgets: [], movements: [] } },
    ]);
    expectSummary(byInstitution.get('A'), [800, 525, 295, 0.65625, 0.36875, 295 / 525]);
    expectSummary(byInstitution.get('B'), [200, 200, 200, 1, 1, 1]);
    expectSummary(byInstitution.get('C'), [0, 0, 0, null, null, null]);
    expectSummary(total, [1000, 725, 495, 0.725, 0.495, 495 / 725]);
  });

  it('merges repeated entries of one institution', () => {
    const half = (id: string): FundData => ({
      budgets: [{ taskId: id, source: 'SELF', year: 2024, amount: 50 }],
      movements: [{ taskId: id, source: 'SELF', period: '2024', arrived: 25, spent: 10 }],
    });
    const { byInstitution, total } = fundsByInstitution([
      { institutionId: 'A', data: half('a') },
      { institutionId: 'A', data: half('b') },
    ]);
    expect(byInstitution.size).toBe(1);
    expectSummary(byInstitution.get('A'), [100, 50, 20, 0.5, 0.2, 0.4]);
    expectSummary(total, [100, 50, 20, 0.5, 0.2, 0.4]);
  });

  it('no institutions: zero totals and null rates', () => {
    const { byInstitution, total } = fundsByInstitution([]);
    expect(byInstitution.size).toBe(0);
    expectSummary(total, [0, 0, 0, null, null, null]);
  });
});
