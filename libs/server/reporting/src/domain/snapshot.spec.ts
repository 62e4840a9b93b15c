import { describe, expect, it } from 'vitest';
import type { PeriodFigures, PeriodSnapshot } from '@dsg/server-core';
import { diffRevisions, mergeApproved, subtreeOf, withCorrections } from './snapshot.js';

const indicator = (id: string, taskId: string, code: string, actuals: { period: string; value: number | null }[]) => ({
  id, taskId, code, name: `指标${code}`, unit: '项', kind: 'QUANTITATIVE', direction: 'HIGHER_BETTER' as const, aggregation: 'SUM' as const,
  finalTarget: 10, yearlyTargets: { '2025': 4 }, actuals: actuals.map((a) => ({ ...a, text: null })),
});
const task = (id: string, parentId: string | null, code: string) => ({ id, parentId, code, title: `任务${code}`, level: code.split('.').length, status: 'IN_PROGRESS', progress: 50 });

const snap: PeriodSnapshot = {
  schemaVersion: 1, taskBookId: 'b1', period: '2025-Q3',
  tasks: [task('t1', null, '1'), task('t11', 't1', '1.1'), task('t111', 't11', '1.1.1'), task('t2', null, '2')],
  indicators: [indicator('i1', 't111', '1-1', [{ period: '2025-Q2', value: 1 }]), indicator('i2', 't2', '2-1', [{ period: '2025-Q3', value: 2 }])],
  milestones: [{ id: 'm1', taskId: 't11', title: '节点', dueDate: '2025-09-01', status: 'DONE', completedAt: '2025-08-30' }, { id: 'm2', taskId: 't2', title: '节点2', dueDate: '2025-09-01', status: 'PENDING', completedAt: null }],
  funds: { budgets: [], movements: [] },
  achievements: [],
};

const figures = (over: Partial<PeriodFigures['tasks']> = {}, rows: PeriodFigures['indicators']['rows'] = []): PeriodFigures => ({
  tasks: { total: 2, completed: 0, inProgress: 2, notStarted: 0, overdueMilestones: 1, completionRate: 0.5, ...over },
  indicators: { total: 2, reported: 2, attained: 0, attainmentRate: 0.4, rows },
  achievementsByLevel: [{ level: 'NATIONAL', count: 1 }],
  funds: { budget: 100, arrived: 50, spent: 20, arrivalRate: 0.5, executionRate: 0.2, bySource: [] },
});

describe('report snapshots', () => {
  it('cuts a top-level task subtree, however deep', () => {
    const part = subtreeOf(snap, 't1');
    expect(part.tasks.map((t) => t.id)).toEqual(['t1', 't11', 't111']);
    expect(part.indicators.map((i) => i.id)).toEqual(['i1']);
    expect(part.milestones.map((m) => m.id)).toEqual(['m1']);
  });

  it('builds the agency snapshot from approved parts only, ignoring later live values', () => {
    const approved = [subtreeOf(snap, 't1'), subtreeOf(snap, 't2')];
    const live = withCorrections(snap, [{ indicatorId: 'i2', period: '2025-Q3', value: 99 }]); // typed after approval
    const merged = mergeApproved(live, approved);
    expect(merged.indicators.find((i) => i.id === 'i2')!.actuals).toEqual([{ period: '2025-Q3', value: 2, text: null }]);
    expect(merged.tasks.map((t) => t.code)).toEqual(['1', '1.1', '1.1.1', '2']);
  });

  it('applies corrections as replacements or additions, in period order', () => {
    const c = withCorrections(snap, [{ indicatorId: 'i1', period: '2025-Q2', value: 3 }, { indicatorId: 'i1', period: '2025-Q1', value: 1 }]);
    expect(c.indicators[0]!.actuals.map((a) => [a.period, a.value])).toEqual([['2025-Q1', 1], ['2025-Q2', 3]]);
    expect(snap.indicators[0]!.actuals).toHaveLength(1); // the input is not mutated
  });

  it('diffs sections, figures and actuals of a correction against the accepted revision', () => {
    const corrected = withCorrections(snap, [{ indicatorId: 'i1', period: '2025-Q2', value: 3 }, { indicatorId: 'i2', period: '2025-Q2', value: 1 }]);
    const base = { sections: { progress: '<p>a</p>', results: '<p>b</p>' }, figures: figures({}, [{ indicatorId: 'i1', taskCode: '1.1.1', code: '1-1', name: 'x', unit: null, target: 4, actual: 1, attainment: 0.25 }]), snapshot: snap };
    const next = { sections: { progress: '<p>a</p>', results: '<p>b 更正</p>' }, figures: figures({ completionRate: 0.6 }, [{ indicatorId: 'i1', taskCode: '1.1.1', code: '1-1', name: 'x', unit: null, target: 4, actual: 3, attainment: 0.75 }]), snapshot: corrected };
    const d = diffRevisions(base, next);
    expect(d.sections).toEqual([{ key: 'results', before: '<p>b</p>', after: '<p>b 更正</p>' }]);
    expect(d.figures).toEqual([
      { path: 'tasks.completionRate', before: 0.5, after: 0.6 },
      { path: 'indicators.1-1.actual', before: 1, after: 3 },
      { path: 'indicators.1-1.attainment', before: 0.25, after: 0.75 },
    ]);
    expect(d.actuals).toEqual([
      { indicatorId: 'i1', code: '1-1', name: '指标1-1', period: '2025-Q2', before: 1, after: 3 },
      { indicatorId: 'i2', code: '2-1', name: '指标2-1', period: '2025-Q2', before: null, after: 1 },
    ]);
  });

  it('an unchanged revision has an empty diff', () => {
    const c = { sections: { progress: 'x' }, figures: figures(), snapshot: snap };
    expect(diffRevisions(c, c)).toEqual({ sections: [], figures: [], actuals: [] });
  });
});
