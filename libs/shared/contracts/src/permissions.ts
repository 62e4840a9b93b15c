/**
 * CASL vocabulary shared by the gateway (rule definitions, guards) and the admin app (@casl/vue).
 * The rules themselves live in one file on the server: libs/server/core/src/authz/role-rules.ts.
 */
export const ACTIONS = ['manage', 'create', 'read', 'update', 'delete'] as const;
export type Action = (typeof ACTIONS)[number];

export const SUBJECTS = [
  'Agency',
  'Institution',
  'Department',
  'Programme',
  'Enrolment',
  'User',
  'Membership',
  'AuditLog',
  'JobRun',
  'QueueDashboard',
  'TaskBook',
  'TaskBookVersion',
  'ConstructionTask',
  'IndicatorActual',
  'Evidence',
  'Achievement',
  'ResponsibilityAgreement',
  /** 变更记录 of a construction task: the institution's own audit entries about it. */
  'TaskHistory',
  /** 填报期 of a programme's calendar. */
  'ReportingPeriod',
  /** An institution's report for a period (期报告) with its revisions and timeline. */
  'PeriodReport',
  /** A task's period data in the institution's layered review (审核项). */
  'ReviewItem',
  /** The institution's configured review steps (审核流程). */
  'ReviewChain',
  'all',
] as const;
export type SubjectName = (typeof SUBJECTS)[number];
