import type { IndicatorAggregation, IndicatorCategory, IndicatorDirection, IndicatorKind, MilestoneStatus, TaskStatus } from '@dsg/admin-data-access';

// Display order of the schema's enums. Records, so a value added to the schema (and so to the
// generated types) is a compile error here until it gets a place, a label and a colour.

const STATUS_TAGS: Record<TaskStatus, 'info' | 'primary' | 'success' | 'danger' | 'warning'> = {
  NOT_STARTED: 'info',
  IN_PROGRESS: 'primary',
  COMPLETED: 'success',
  LAGGING: 'danger',
  TERMINATED: 'warning',
};
export const TASK_STATUSES = Object.keys(STATUS_TAGS) as TaskStatus[];
export const taskStatusTag = (status: TaskStatus) => STATUS_TAGS[status];

const CATEGORY_ORDER: Record<IndicatorCategory, number> = {
  OUTPUT_QUANTITY: 0,
  OUTPUT_QUALITY: 1,
  OUTPUT_TIMELINESS: 2,
  OUTPUT_COST: 3,
  BENEFIT_SOCIAL: 4,
  BENEFIT_ECONOMIC: 5,
  BENEFIT_SUSTAINABLE: 6,
  SATISFACTION: 7,
};
export const INDICATOR_CATEGORIES = (Object.keys(CATEGORY_ORDER) as IndicatorCategory[]).sort(
  (a, b) => CATEGORY_ORDER[a] - CATEGORY_ORDER[b],
);

const KINDS: Record<IndicatorKind, true> = { QUANTITATIVE: true, QUALITATIVE: true };
export const INDICATOR_KINDS = Object.keys(KINDS) as IndicatorKind[];

const DIRECTIONS: Record<IndicatorDirection, true> = { HIGHER_BETTER: true, LOWER_BETTER: true };
export const INDICATOR_DIRECTIONS = Object.keys(DIRECTIONS) as IndicatorDirection[];

const AGGREGATIONS: Record<IndicatorAggregation, true> = { LATEST: true, SUM: true };
export const INDICATOR_AGGREGATIONS = Object.keys(AGGREGATIONS) as IndicatorAggregation[];

/** 节点目标: overdue (pending past its due date, as the server derives it) shows in red. */
const MILESTONE_STATUS_TAGS: Record<MilestoneStatus, 'info' | 'success' | 'danger'> = {
  PENDING: 'info',
  DONE: 'success',
  OVERDUE: 'danger',
};
export const milestoneStatusTag = (status: MilestoneStatus) => MILESTONE_STATUS_TAGS[status];
