import { describe, expect, it } from 'vitest';
import type { PeriodFigures, PeriodSnapshot } from '@dsg/server-core';
import { periodLabel, toDocumentModel } from './document-model.js';

const figures: PeriodFigures = {
  tasks: { total: 4, completed: 1, inProgress: 2, notStarted: 1, overdueMilestones: 0, completionRate: 0.55 },
  indicators: { total: 1, reported: 1, attained: 0, attainmentRate: 0.5, rows: [{ indicatorId: 'i', taskCode: '2', code: '2-1', name: '创新团队', unit: null, target: 4, actual: 2, attainment: 0.5 }] },
  achievementsByLevel: [{ level: 'NATIONAL', count: 1 }],
  funds: { budget: 1200.5, arrived: 600, spent: 300.25, arrivalRate: 0.5, executionRate: 0.25, bySource: [{ source: 'CENTRAL', budget: 1200.5, arrived: 600, spent: 300.25 }] },
};
const snapshot = {
  schemaVersion: 1, taskBookId: 'b', period: '2025-Q3', tasks: [{ id: 't2', parentId: null, code: '2', title: 'x', level: 1, status: 'IN_PROGRESS', progress: 50 }],
  indicators: [], milestones: [], funds: { budgets: [], movements: [] },
  achievements: [
    { id: 'a2', title: '市级成果', level: 'MUNICIPAL', category: '技能大赛', awardedOn: '2025-09-01', linkedTaskIds: ['gone'] },
    { id: 'a1', title: '国家级教学成果奖', level: 'NATIONAL', category: '教学成果', awardedOn: '2025-07-01', linkedTaskIds: ['t2'] },
  ],
} as PeriodSnapshot;

describe('report document model', () => {
  it('labels periods the way the colleges write them', () => {
    expect(['2025-Q3', '2025-H2', '2025-M07', '2025'].map(periodLabel)).toEqual(['2025年第三季度', '2025年下半年', '2025年7月', '2025年度']);
  });

  it('maps a revision to the renderers\' model: sections in order, money in 元, labels, achievements by date with task codes', () => {
    const m = toDocumentModel({
      institutionName: '重庆工业职业技术学院', programmeName: '双高计划', period: '2025-Q3', revision: 2, state: 'ACCEPTED',
      sections: { progress: '<p>a</p>', results: '<p>b</p>', problems: '', nextSteps: '<p>d</p>' }, figures, snapshot, generatedAt: new Date('2025-10-01T00:00:00Z'),
    });
    expect(m.sections.map((s) => s.title)).toEqual(['工作推进基本情况', '阶段性建设成效', '存在问题和原因分析', '工作建议和下一步计划']);
    expect(m).toMatchObject({ periodLabel: '2025年第三季度', stateLabel: '已受理', revision: 2 });
    expect(m.figures.funds).toMatchObject({ budget: 12_005_000, arrived: 6_000_000, spent: 3_002_500, arrivalRate: 0.5 });
    expect(m.figures.funds.bySource[0]).toMatchObject({ sourceLabel: '中央财政', budget: 12_005_000 });
    expect(m.figures.indicators.rows[0]).toMatchObject({ unit: '', attainment: 0.5 });
    expect(m.achievements.map((a) => [a.title, a.levelLabel, a.taskCodes])).toEqual([['国家级教学成果奖', '国家级', ['2']], ['市级成果', '市级', []]]);
  });
});
