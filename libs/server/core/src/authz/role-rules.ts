import { AbilityBuilder, createMongoAbility, type MongoAbility } from '@casl/ability';
import type { Action, SubjectName } from '@dsg/contracts';
import type { Actor } from '../context/actor.js';

export type AppAbility = MongoAbility<[Action, SubjectName | Record<string, unknown>]>;

/**
 * ALL role rules of the platform, in one place. Resolvers declare `@Policy(action, subject)`;
 * services turn the same rules into query conditions (`toQuery`). Row-level security in
 * PostgreSQL enforces the tenant boundary a second time, independently of these rules.
 */
export function defineAbilityFor(actor: Actor): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const { userId, tenantId, agencyId } = actor;

  // Everyone signed in: reference data, oneself, one's own jobs and responsibility agreements.
  can('read', ['Agency', 'Programme', 'ReportingPeriod']);
  can('read', 'ResponsibilityAgreement', { responsibleUserId: userId });
  can('read', 'User', { id: userId });
  can('read', 'JobRun', { actorId: userId });

  switch (actor.role) {
    case 'PLATFORM_OPERATOR':
      // Creates agencies, institutions and first admins; reads no tenant content (break-glass is separate).
      can('manage', ['Agency', 'Institution', 'User', 'Membership']);
      can('read', 'Enrolment');
      can('read', 'AuditLog', { tenantId: null });
      can('read', 'QueueDashboard');
      break;
    case 'AGENCY_OFFICER':
      can(['create', 'update'], 'Programme', { agencyId });
      can('read', ['Institution', 'Department']);
      can('manage', 'Enrolment', { agencyId });
      can('read', 'Membership', { agencyId });
      can('read', 'User');
      // Task books of enrolled institutions only (tenant filter + RLS oversight policy).
      can('read', ['TaskBook', 'ConstructionTask', 'TaskBookVersion', 'Evidence', 'Achievement']);
      // Decides on task books (version 1 and change requests) of its own programmes' enrolments.
      can('update', 'TaskBookVersion', { agencyId });
      // Reports of its own programmes once submitted to it (drafts never; RLS says the same), and
      // the decision on a submitted one.
      can('read', 'PeriodReport', { agencyId, state: { $in: ['SUBMITTED_TO_AGENCY', 'RETURNED_BY_AGENCY', 'ACCEPTED'] } });
      can('read', 'PeriodReport', { agencyId, acceptedRevision: { $ne: null } });
      can('update', 'PeriodReport', { agencyId, state: 'SUBMITTED_TO_AGENCY' });
      break;
    case 'AUDITOR':
      // Reads institutions only through review campaigns (scoped and time-boxed, issue 6).
      can('read', 'Membership', { agencyId });
      break;
    case 'INSTITUTION_ADMIN':
      can(['read', 'update'], 'Institution', { id: tenantId });
      can('manage', 'Department', { tenantId });
      can('read', 'Enrolment', { tenantId });
      can('manage', 'User');
      can('manage', 'Membership', { tenantId });
      can('read', 'AuditLog', { tenantId });
      can(['read', 'create'], 'JobRun', { tenantId });
      can('manage', ['TaskBook', 'ConstructionTask', 'IndicatorActual'], { tenantId });
      can(['read', 'create'], 'TaskBookVersion', { tenantId });
      can('manage', ['Evidence', 'Achievement', 'ResponsibilityAgreement'], { tenantId });
      can('read', 'TaskHistory', { tenantId });
      // 双高办: compiles, approves and submits reports; configures and closes the review chain.
      can('manage', ['PeriodReport', 'ReviewChain'], { tenantId });
      can('read', 'ReviewItem', { tenantId });
      can('update', 'ReviewItem', { tenantId, position: { $in: ['RESPONSIBLE', 'OFFICE'] } });
      can('update', 'ReviewItem', { tenantId, position: 'CONSTRUCTION_GROUP', groupReviewerIds: { $in: [userId] } });
      break;
    case 'LEADERSHIP_VIEWER':
      can('read', 'Institution', { id: tenantId });
      can('read', ['Department', 'Enrolment', 'Membership', 'AuditLog', 'JobRun', 'TaskBook', 'ConstructionTask', 'IndicatorActual', 'TaskBookVersion', 'Evidence', 'Achievement', 'ResponsibilityAgreement', 'TaskHistory', 'PeriodReport', 'ReviewItem', 'ReviewChain'], { tenantId });
      can('read', 'User');
      // School leaders often sit in the construction group (建设组).
      can('update', 'ReviewItem', { tenantId, position: 'CONSTRUCTION_GROUP', groupReviewerIds: { $in: [userId] } });
      break;
    case 'TASK_LEAD':
      can('read', 'Institution', { id: tenantId });
      can('read', ['Department', 'Enrolment', 'TaskBook', 'ConstructionTask', 'IndicatorActual', 'TaskHistory'], { tenantId });
      // Own tasks and their subtasks: the task's responsible people include those of its ancestors.
      can(['create', 'update'], 'ConstructionTask', { tenantId, responsibleUserIds: { $in: [userId] } });
      can(['create', 'update'], 'IndicatorActual', { tenantId, responsibleUserIds: { $in: [userId] } });
      can(['read', 'create'], ['Evidence', 'Achievement'], { tenantId });
      can('read', ['PeriodReport', 'ReviewItem'], { tenantId });
      // Submits own tasks' period data; reviews it when named in the construction group (建设组).
      can('update', 'ReviewItem', { tenantId, position: 'RESPONSIBLE', responsibleUserIds: { $in: [userId] } });
      can('update', 'ReviewItem', { tenantId, position: 'CONSTRUCTION_GROUP', groupReviewerIds: { $in: [userId] } });
      break;
    case 'DEPARTMENT_CONTRIBUTOR':
      can('read', 'Institution', { id: tenantId });
      can('read', ['Department', 'Enrolment', 'TaskBook', 'ConstructionTask', 'IndicatorActual', 'TaskHistory'], { tenantId });
      // Tasks their department leads (牵头) or supports (配合).
      if (actor.departmentId) can(['create', 'update'], 'IndicatorActual', { tenantId, departmentIds: { $in: [actor.departmentId] } });
      can(['read', 'create'], ['Evidence', 'Achievement'], { tenantId });
      can('read', ['PeriodReport', 'ReviewItem'], { tenantId });
      // The lead department (牵头部门) reviews its tasks at the DEPARTMENT step.
      if (actor.departmentId) can('update', 'ReviewItem', { tenantId, position: 'DEPARTMENT', leadDepartmentId: actor.departmentId });
      can('update', 'ReviewItem', { tenantId, position: 'RESPONSIBLE', responsibleUserIds: { $in: [userId] } });
      can('update', 'ReviewItem', { tenantId, position: 'CONSTRUCTION_GROUP', groupReviewerIds: { $in: [userId] } });
      break;
  }
  return build();
}
