import type {
  EvidenceFileFieldsFragment,
  FundFiguresFragment,
  MyIndicatorRowFragment,
  TaskBookRowFragment,
  TaskBookVersionRowFragment,
  TaskIndicatorFragment,
  TaskMilestoneFragment,
  TaskNodeFragment,
  WorkbookImportJobFragment,
} from '@dsg/admin-data-access';

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
    milestones: [],
    budget: [],
    funds: fundFigures(),
    ...overrides,
  };
}

/** Fund figures in 万元; rates as the server computes them (null without a budget) unless given. */
export function fundFigures(overrides: Partial<FundFiguresFragment> = {}): FundFiguresFragment {
  const budget = overrides.budget ?? 0;
  const arrived = overrides.arrived ?? 0;
  const spent = overrides.spent ?? 0;
  return {
    budget,
    arrived,
    spent,
    arrivalRate: budget > 0 ? arrived / budget : null,
    executionRate: budget > 0 ? spent / budget : null,
    spentOfArrived: arrived > 0 ? spent / arrived : null,
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

export function milestoneFixture(id: string, overrides: Partial<TaskMilestoneFragment> = {}): TaskMilestoneFragment {
  return {
    id,
    taskId: 't-1',
    title: `节点 ${id}`,
    deliverable: null,
    dueDate: '2026-06-30',
    status: 'PENDING',
    completedAt: null,
    completionNote: null,
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

export function evidenceFixture(id: string, overrides: Partial<EvidenceFileFieldsFragment> = {}): EvidenceFileFieldsFragment {
  return {
    id,
    objectType: 'IndicatorActual',
    objectId: 'x-1',
    seriesId: `s-${id}`,
    version: 1,
    fileName: `${id}.pdf`,
    contentType: 'application/pdf',
    size: 2048,
    sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    uploadedBy: 'u-1',
    uploadedAt: '2026-04-02T08:00:00.000Z',
    reviewStatus: 'PENDING',
    reviewNote: null,
    ...overrides,
  };
}

export function versionFixture(number: number, overrides: Partial<TaskBookVersionRowFragment> = {}): TaskBookVersionRowFragment {
  return {
    id: `v-${number}`,
    number,
    status: 'APPROVED',
    submittedAt: '2026-01-10T02:00:00.000Z',
    submittedBy: 'u-1',
    decidedAt: null,
    decidedBy: null,
    decisionNote: null,
    reason: null,
    ...overrides,
  };
}

export function jobFixture(overrides: Partial<WorkbookImportJobFragment> = {}): WorkbookImportJobFragment {
  return {
    id: 'job-1',
    name: 'taskBook.import-workbook',
    status: 'QUEUED',
    progress: 0,
    attempts: 0,
    error: null,
    result: null,
    ...overrides,
  };
}
