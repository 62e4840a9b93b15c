/** The kinds of organisation a membership can belong to. */
export const ORGANISATION_KINDS = ['PLATFORM', 'AGENCY', 'INSTITUTION'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * Roles, one per membership (user × organisation × role).
 * 平台运维 / 主管部门 / 审计 / 双高办 / 项目负责人 / 部门填报员 / 院领导
 */
export const ROLES = [
  'PLATFORM_OPERATOR',
  'AGENCY_OFFICER',
  'AUDITOR',
  'INSTITUTION_ADMIN',
  'TASK_LEAD',
  'DEPARTMENT_CONTRIBUTOR',
  'LEADERSHIP_VIEWER',
] as const;
export type Role = (typeof ROLES)[number];

/** Which organisation kind each role lives in; a membership's role must match its organisation. */
export const ROLE_ORGANISATION: Record<Role, OrganisationKind> = {
  PLATFORM_OPERATOR: 'PLATFORM',
  AGENCY_OFFICER: 'AGENCY',
  AUDITOR: 'AGENCY',
  INSTITUTION_ADMIN: 'INSTITUTION',
  TASK_LEAD: 'INSTITUTION',
  DEPARTMENT_CONTRIBUTOR: 'INSTITUTION',
  LEADERSHIP_VIEWER: 'INSTITUTION',
};

/** Roles an institution admin may grant inside the own institution. */
export const INSTITUTION_ROLES: readonly Role[] = ROLES.filter((r) => ROLE_ORGANISATION[r] === 'INSTITUTION');
