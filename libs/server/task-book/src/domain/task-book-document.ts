import type {
  FundingSource, IndicatorAggregation, IndicatorCategory, IndicatorDirection, IndicatorKind, MilestoneStatus, TaskStatus,
} from '@dsg/contracts';

/**
 * A whole task book as plain data: what the Excel workbook holds, what export writes and import
 * reads, and what a version snapshot stores. Tasks are identified by their code (1, 1.2, 1.2.3);
 * departments by their institution-specific department code; people by username.
 */
export interface TaskBookDocument {
  /** e.g. "天津职业大学 中国特色高水平高职学校建设 任务书" */
  title: string;
  startYear: number;
  endYear: number;
  tasks: TaskRow[];
  milestones: MilestoneRow[];
  indicators: IndicatorRow[];
  budgets: BudgetRow[];
}

export interface TaskRow {
  /** "1", "1.2", "1.2.3": level = number of parts (1–3); the parent is the code without its last part. */
  code: string;
  title: string;
  description: string | null;
  leadDepartmentCode: string | null;
  cooperatingDepartmentCodes: string[];
  /** 领衔分管领导 and 项目带头人, as usernames (optional: may be assigned later in the app). */
  leaderUsername: string | null;
  projectLeaderUsername: string | null;
  startDate: string | null; // YYYY-MM-DD
  endDate: string | null; // YYYY-MM-DD
  status: TaskStatus;
}

export interface MilestoneRow {
  taskCode: string;
  title: string;
  dueDate: string; // YYYY-MM-DD
  deliverable: string | null;
  status: MilestoneStatus;
}

export interface IndicatorRow {
  taskCode: string;
  /** Unique within the book, e.g. "1.2-01". */
  code: string;
  name: string;
  category: IndicatorCategory;
  kind: IndicatorKind;
  unit: string | null;
  direction: IndicatorDirection;
  /** How period actuals make a year's value (LATEST or SUM). */
  aggregation: IndicatorAggregation;
  baseline: number | null;
  finalTarget: number | null;
  /** Target per year of the programme, e.g. { 2025: 3, 2026: 5 }. Qualitative indicators: none. */
  yearlyTargets: Record<number, number>;
}

export interface BudgetRow {
  taskCode: string;
  source: FundingSource;
  year: number;
  /** In 万元 (10,000 yuan), as the colleges budget. */
  amount: number;
}
