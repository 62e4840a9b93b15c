import { describe, expect, it } from 'vitest';
import { ApiError } from '@dsg/admin-data-access';
import { changedEntries, movementLines, recordedDrafts, type EditorTask, type MovementDraft, type RecordedMovement } from './fund-movements';
import { buildFundTree, mapIndexedErrors, parseAmount, programmeElapsed, rateLevel } from './funds';
import { budgetInput, budgetMatrix } from './task-budget';

describe('parseAmount', () => {
  it('reads finite numbers with two decimals at most, blank as nothing', () => {
    expect(parseAmount(' 12.5 ')).toEqual({ value: 12.5 });
    expect(parseAmount('-3')).toEqual({ value: -3 });
    expect(parseAmount('1e3')).toEqual({ value: 1000 });
    expect(parseAmount('0.07')).toEqual({ value: 0.07 });
    expect(parseAmount('')).toEqual({ value: null });
    expect(parseAmount('1,000')).toEqual({ problem: 'notNumber' });
    expect(parseAmount('Infinity')).toEqual({ problem: 'notNumber' });
    expect(parseAmount('1e400')).toEqual({ problem: 'notNumber' });
    expect(parseAmount('1000000000')).toEqual({ value: 1e9 });
    expect(parseAmount('-1000000000.01')).toEqual({ problem: 'tooLarge' });
    expect(parseAmount('0.125')).toEqual({ problem: 'tooPrecise' });
    expect(parseAmount('-1', false)).toEqual({ problem: 'negative' });
  });
});

describe('rates against the calendar', () => {
  it('measures how far through the programme years a date is', () => {
    expect(programmeElapsed(2025, 2029, new Date(2024, 11, 31))).toBe(0);
    expect(programmeElapsed(2025, 2029, new Date(2027, 6, 2))).toBeCloseTo(0.5, 2);
    expect(programmeElapsed(2025, 2029, new Date(2031, 0, 1))).toBe(1);
  });

  it('calls a rate low below 80 % of the elapsed share, over beyond 100 %, and none without a rate', () => {
    expect(rateLevel(0.39, 0.5)).toBe('LOW');
    expect(rateLevel(0.4, 0.5)).toBe('NORMAL');
    expect(rateLevel(1, 1)).toBe('NORMAL');
    expect(rateLevel(1.05, 0.5)).toBe('OVER');
    expect(rateLevel(0, 0)).toBe('NORMAL');
    expect(rateLevel(null, 0.5)).toBe('NONE');
  });
});

describe('buildFundTree', () => {
  it('nests tasks in code order and leaves leaves without children', () => {
    const task = (code: string, parentId: string | null) => ({ id: code, parentId, code });
    const tree = buildFundTree([task('1.10', '1'), task('2', null), task('1.2', '1'), task('1', null)]);
    expect(tree.map((node) => node.id)).toEqual(['1', '2']);
    expect(tree[0]!.children!.map((node) => node.id)).toEqual(['1.2', '1.10']);
    expect(tree[1]!.children).toBeUndefined();
  });
});

describe('the period editor', () => {
  const tasks: EditorTask[] = [
    { id: 't-2', code: '2', title: 'B', budget: [{ source: 'SELF', year: 2025, amount: 10 }] },
    {
      id: 't-1',
      code: '1',
      title: 'A',
      budget: [
        { source: 'LOCAL', year: 2025, amount: 30 },
        { source: 'CENTRAL', year: 2025, amount: 50 },
        { source: 'CENTRAL', year: 2026, amount: 50 },
      ],
    },
  ];
  const recorded: RecordedMovement[] = [{ taskId: 't-2', source: 'INDUSTRY', arrived: 4, spent: 1 }];

  it('offers budgeted, recorded and added lines once each, by task code and source', () => {
    const lines = movementLines(tasks, recorded, [{ taskId: 't-1', source: 'CENTRAL' }, { taskId: 't-1', source: 'SPONSOR' }]);
    expect(lines.map((line) => [line.key, line.budget])).toEqual([
      ['t-1:CENTRAL', 100],
      ['t-1:LOCAL', 30],
      ['t-1:SPONSOR', 0],
      ['t-2:INDUSTRY', 0],
      ['t-2:SELF', 10],
    ]);
  });

  it('sends the lines whose values changed, blank as 0 next to a typed value', () => {
    const lines = movementLines(tasks, recorded, []);
    const drafts: Record<string, MovementDraft> = {
      ...recordedDrafts(recorded),
      't-1:CENTRAL': { arrived: '20', spent: '' },
      't-1:LOCAL': { arrived: '', spent: '' },
      't-2:SELF': { arrived: '', spent: '0' },
    };
    expect(changedEntries(lines, drafts, recorded)).toEqual({
      entries: [
        { taskId: 't-1', source: 'CENTRAL', arrived: 20, spent: 0 },
        { taskId: 't-2', source: 'SELF', arrived: 0, spent: 0 },
      ],
      invalid: {},
    });
    drafts['t-2:INDUSTRY'] = { arrived: '', spent: '1' };
    expect(changedEntries(lines, drafts, recorded).entries).toEqual([
      { taskId: 't-1', source: 'CENTRAL', arrived: 20, spent: 0 },
      { taskId: 't-2', source: 'INDUSTRY', arrived: 0, spent: 1 },
      { taskId: 't-2', source: 'SELF', arrived: 0, spent: 0 },
    ]);
  });
});

describe('budgetInput', () => {
  it('sends every complete line and names the problem of the others by index', () => {
    const draft = (source: 'CENTRAL' | 'LOCAL' | null, year: number | null, amount: string) => ({ uid: 0, source, year, amount });
    expect(
      budgetInput([draft('CENTRAL', 2025, '10'), draft('LOCAL', 2031, '5'), draft('LOCAL', 2025, ''), draft('CENTRAL', 2025, '3')], [2025, 2026]),
    ).toEqual({
      lines: [{ source: 'CENTRAL', year: 2025, amount: 10 }],
      invalid: { 1: 'required', 2: 'amountRequired', 3: 'duplicate' },
    });
  });
});

describe('budgetMatrix', () => {
  it('puts the amounts by source (in display order, only those with lines) and year, with exact totals', () => {
    const matrix = budgetMatrix(
      [
        { source: 'SELF', year: 2026, amount: 0.1 },
        { source: 'CENTRAL', year: 2025, amount: 100 },
        { source: 'SELF', year: 2025, amount: 0.2 },
        { source: 'CENTRAL', year: 2027, amount: 50.5 },
      ],
      [2025, 2026, 2027],
    );
    expect(matrix.years).toEqual([2025, 2026, 2027]);
    expect(matrix.rows).toEqual([
      { source: 'CENTRAL', amounts: { 2025: 100, 2027: 50.5 }, total: 150.5 },
      { source: 'SELF', amounts: { 2025: 0.2, 2026: 0.1 }, total: 0.3 },
    ]);
    expect(matrix.yearTotals).toEqual({ 2025: 100.2, 2026: 0.1, 2027: 50.5 });
    expect(matrix.total).toBe(150.8);
  });

  it('adds a column for a line outside the book’s years rather than leave it out of the totals', () => {
    const matrix = budgetMatrix([{ source: 'LOCAL', year: 2031, amount: 5 }], [2025, 2026]);
    expect(matrix.years).toEqual([2025, 2026, 2031]);
    expect(matrix.yearTotals).toEqual({ 2025: 0, 2026: 0, 2031: 5 });
    expect(matrix.total).toBe(5);
  });
});

describe('mapIndexedErrors', () => {
  it('puts field errors on the line sent at that index and the rest in general', () => {
    const error = new ApiError('BAD_USER_INPUT', 'bad', [
      { field: 'entries.2.arrived', message: 'a' },
      { field: 'input.entries.2.spent', message: 'b' },
      { field: 'period', message: 'c' },
    ]);
    const mapped = mapIndexedErrors(error, 'entries');
    expect([...mapped.rows]).toEqual([[2, 'a; b']]);
    expect(mapped.general).toEqual(['c']);
    expect(mapIndexedErrors(new ApiError('FORBIDDEN', 'no'), 'entries')).toEqual({ rows: new Map(), general: [] });
  });
});
