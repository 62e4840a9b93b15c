import type { MyIndicatorRowFragment, TaskBookRowFragment, TaskIndicatorFragment, TaskNodeFragment } from '@dsg/admin-data-access';

// Objects shaped exactly like the gateway's answers to this feature's documents.

export function bookFixture(overrides: Partial<TaskBookRowFragment> = {}): TaskBookRowFragment {
  return {
    id: 'book-1',
    institutionId: 'inst-1',
    enrolmentId: 'e-1',
    title: '天津职业大学 双高计划 任务书',
    startYear: 2025,
    endYear: 2029,
    currentVersionId: null,
    ...overrides,
  };
}

/** A task whose parent follows from its code: "1.2" is a child of "1"; ids are "t-<code>". */
export function taskFixture(code: string, overrides: Partial<TaskNodeFragment> = {}): TaskNodeFragment {
  const parts = code.split('.');
  return {
    id: `t-${code}`,
    parentId: parts.length > 1 ? `t-${parts.slice(0, -1).join('.')}` : null,
    code,
    level: parts.length,
    title: `任务 ${code}`,
    description: null,
    leadDepartmentId: null,
    cooperatingDepartmentIds: [],
    leaderUserId: null,
    projectLeaderUserId: null,
    startDate: null,
    endDate: null,
    status: 'NOT_STARTED',
    progress: 0,
    indicators: [],
    ...overrides,
  };
}

export function indicatorFixture(code: string, overrides: Partial<TaskIndicatorFragment> = {}): TaskIndicatorFragment {
  return {
    id: `i-${code}`,
    taskId: 't-1',
    code,
    name: `指标 ${code}`,
    category: 'OUTPUT_QUANTITY',
    kind: 'QUANTITATIVE',
    unit: '个',
    direction: 'HIGHER_BETTER',
    aggregation: 'LATEST',
    baseline: null,
    finalTarget: null,
    targets: [],
    attainment: null,
    ...overrides,
  };
}

export function myIndicatorFixture(code: string, overrides: Partial<MyIndicatorRowFragment> = {}): MyIndicatorRowFragment {
  return {
    id: `i-${code}`,
    taskId: 't-1',
    code,
    name: `指标 ${code}`,
    kind: 'QUANTITATIVE',
    unit: '个',
    direction: 'HIGHER_BETTER',
    aggregation: 'LATEST',
    finalTarget: null,
    targets: [],
    actuals: [],
    attainment: null,
    ...overrides,
  };
}

export function connection<T>(nodes: T[]) {
  return {
    edges: nodes.map((node, index) => ({ cursor: `c-${index}`, node })),
    pageInfo: { hasNextPage: false, endCursor: null },
    totalCount: nodes.length,
  };
}
