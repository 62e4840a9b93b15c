import type {
  NotificationFieldsFragment,
  PeriodReportRowFragment,
  ReportDetailFieldsFragment,
  ReviewItemFieldsFragment,
  WorkflowTransitionFieldsFragment,
} from '@dsg/admin-data-access';
import type { ReportFigures } from '../composables/figures';

// Objects shaped exactly like the gateway's answers to this feature's documents.

export function figuresFixture(overrides: Partial<ReportFigures> = {}): ReportFigures {
  return {
    tasks: { total: 12, completed: 3, inProgress: 7, notStarted: 2, overdueMilestones: 1, completionRate: 0.25 },
    indicators: {
      total: 2,
      reported: 2,
      attained: 1,
      attainmentRate: 0.5,
      rows: [
        { indicatorId: 'i-1', taskCode: '1', code: '1.1', name: '省级以上教学成果奖', unit: '项', target: 4, actual: 5, attainment: 1.25 },
        { indicatorId: 'i-2', taskCode: '2', code: '2.1', name: '订单班学生数', unit: '人', target: 200, actual: 120, attainment: 0.6 },
      ],
    },
    achievementsByLevel: [
      { level: 'NATIONAL', count: 2 },
      { level: 'PROVINCIAL', count: 5 },
    ],
    funds: {
      budget: 1000,
      arrived: 800,
      spent: 456.5,
      arrivalRate: 0.8,
      executionRate: 0.4565,
      bySource: [
        { source: 'LOCAL', budget: 400, arrived: 300, spent: 200 },
        { source: 'CENTRAL', budget: 600, arrived: 500, spent: 256.5 },
      ],
    },
    ...overrides,
  };
}

export function reviewItemFixture(taskCode: string, overrides: Partial<ReviewItemFieldsFragment> = {}): ReviewItemFieldsFragment {
  return {
    id: `ri-${taskCode}`,
    reportId: 'r-1',
    revision: 1,
    taskId: `t-${taskCode}`,
    taskCode,
    taskTitle: `任务 ${taskCode}`,
    period: '2025-Q3',
    position: 'RESPONSIBLE',
    state: 'DRAFT',
    canAct: false,
    version: 1,
    updatedAt: '2025-10-08T02:00:00.000Z',
    ...overrides,
  };
}

export function transitionFixture(id: string, overrides: Partial<WorkflowTransitionFieldsFragment> = {}): WorkflowTransitionFieldsFragment {
  return {
    id,
    revision: 1,
    objectType: 'PeriodReport',
    objectId: 'r-1',
    action: 'SUBMIT_TO_OFFICE',
    fromState: 'DRAFT',
    toState: 'SUBMITTED_TO_OFFICE',
    reason: null,
    actorName: '张老师',
    createdAt: '2025-10-09T02:00:00.000Z',
    ...overrides,
  };
}

type Revision = NonNullable<ReportDetailFieldsFragment['revision']>;

export function revisionFixture(overrides: Partial<Revision> = {}): Revision {
  return {
    id: 'rev-1',
    number: 1,
    kind: 'ORIGINAL',
    state: 'DRAFT',
    submittedToAgencyAt: null,
    acceptedAt: null,
    sections: {
      progress: '<p>按计划推进各项建设任务。</p>',
      results: '<p>获省级教学成果奖 <strong>5</strong> 项。</p>',
      problems: '',
      nextSteps: '<ul><li>加强校企合作</li></ul>',
    },
    figures: figuresFixture(),
    ...overrides,
  };
}

export function reportFixture(overrides: Partial<ReportDetailFieldsFragment> = {}): ReportDetailFieldsFragment {
  const state = overrides.state ?? 'DRAFT';
  return {
    id: 'r-1',
    tenantId: 'inst-1',
    enrolmentId: 'e-1',
    programmeId: 'p-1',
    periodId: 'pp-1',
    period: '2025-Q3',
    dueOn: '2025-10-15',
    state,
    version: 3,
    currentRevision: 1,
    acceptedRevision: null,
    submittedToAgencyAt: null,
    acceptedAt: null,
    updatedAt: '2025-10-08T02:00:00.000Z',
    institutionName: '天津职业大学',
    late: false,
    availableActions: [],
    revision: revisionFixture({ state }),
    reviewItems: [],
    timeline: [],
    ...overrides,
  };
}

export function reportRowFixture(id: string, overrides: Partial<PeriodReportRowFragment> = {}): PeriodReportRowFragment {
  return {
    id,
    institutionName: '天津职业大学',
    period: '2025-Q3',
    state: 'DRAFT',
    dueOn: '2025-10-15',
    late: false,
    updatedAt: '2025-10-08T02:00:00.000Z',
    ...overrides,
  };
}

export function notificationFixture(id: string, overrides: Partial<NotificationFieldsFragment> = {}): NotificationFieldsFragment {
  return {
    id,
    kind: 'REPORT_RETURNED',
    title: `通知 ${id}`,
    body: '退回意见：请补充佐证',
    link: '/reports/r-1',
    readAt: null,
    createdAt: '2025-10-09T02:00:00.000Z',
    ...overrides,
  };
}

export function connection<T>(nodes: T[], options: { hasNextPage?: boolean; totalCount?: number } = {}) {
  return {
    edges: nodes.map((node, index) => ({ cursor: `c-${index}`, node })),
    pageInfo: { hasNextPage: options.hasNextPage ?? false, endCursor: options.hasNextPage ? `c-${nodes.length - 1}` : null },
    totalCount: options.totalCount ?? nodes.length,
  };
}
