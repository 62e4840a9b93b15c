import type { AppRawRule } from '@dsg/admin-data-access';

// Rule sets shaped like the gateway's role rules (libs/server/core/src/authz/role-rules.ts),
// without conditions: the admin only checks actions on subject types.

export const institutionAdminRules: AppRawRule[] = [
  { action: 'read', subject: ['Agency', 'Programme'] },
  { action: 'read', subject: 'User' },
  { action: 'read', subject: 'JobRun' },
  { action: ['read', 'update'], subject: 'Institution' },
  { action: 'manage', subject: 'Department' },
  { action: 'read', subject: 'Enrolment' },
  { action: 'manage', subject: 'User' },
  { action: 'manage', subject: 'Membership' },
  { action: 'read', subject: 'AuditLog' },
  { action: ['read', 'create'], subject: 'JobRun' },
  { action: 'manage', subject: ['TaskBook', 'ConstructionTask', 'IndicatorActual'] },
  // 双高办: compiles, approves and submits reports; configures the review chain; reviews at its step.
  { action: 'manage', subject: ['PeriodReport', 'ReviewChain'] },
  { action: ['read', 'update'], subject: 'ReviewItem' },
];

export const agencyOfficerRules: AppRawRule[] = [
  { action: 'read', subject: ['Agency', 'Programme'] },
  { action: 'read', subject: 'User' },
  { action: 'read', subject: 'JobRun' },
  { action: ['create', 'update'], subject: 'Programme' },
  { action: 'read', subject: ['Institution', 'Department'] },
  { action: 'manage', subject: 'Enrolment' },
  { action: 'read', subject: 'Membership' },
  { action: 'read', subject: ['TaskBook', 'ConstructionTask'] },
  // Reports submitted to it (收件箱), and the decision on them.
  { action: ['read', 'update'], subject: 'PeriodReport' },
];

export const departmentContributorRules: AppRawRule[] = [
  { action: 'read', subject: ['Agency', 'Programme'] },
  { action: 'read', subject: 'User' },
  { action: 'read', subject: 'JobRun' },
  { action: 'read', subject: 'Institution' },
  { action: 'read', subject: ['Department', 'Enrolment', 'TaskBook', 'ConstructionTask', 'IndicatorActual'] },
  { action: ['create', 'update'], subject: 'IndicatorActual' },
  // Reads the reports; submits or reviews (lead department) its tasks' period data.
  { action: 'read', subject: ['PeriodReport', 'ReviewItem'] },
  { action: 'update', subject: 'ReviewItem' },
];

export const platformOperatorRules: AppRawRule[] = [
  { action: 'read', subject: ['Agency', 'Programme'] },
  { action: 'read', subject: 'User' },
  { action: 'read', subject: 'JobRun' },
  { action: 'manage', subject: ['Agency', 'Institution', 'Programme', 'Enrolment', 'User', 'Membership'] },
  { action: 'read', subject: 'AuditLog' },
  { action: 'read', subject: 'QueueDashboard' },
];
