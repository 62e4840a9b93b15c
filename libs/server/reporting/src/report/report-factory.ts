import type { EntityManager } from '@mikro-orm/postgresql';
import { newId, type PeriodDataSource } from '@dsg/server-core';
import { PeriodReport, ReportRevision, type ReportSections } from './report.entity.js';
import { ReviewItem } from '../review/review.entity.js';
import type { ReportingPeriod } from '../period/reporting-period.entity.js';

export const EMPTY_SECTIONS: ReportSections = { progress: '', results: '', problems: '', nextSteps: '' };

export interface EnrolmentRef {
  id: string;
  tenantId: string;
  agencyId: string;
  programmeId: string;
}

/** Active enrolments of a programme whose task book has an approved version (else: nothing to report). */
export async function reportableEnrolments(em: EntityManager, programmeId: string): Promise<EnrolmentRef[]> {
  const rows = await em.execute<{ id: string; tenant_id: string; agency_id: string; programme_id: string }[]>(
    `select e.id, e.tenant_id, e.agency_id, e.programme_id from enrolment e
       join task_book b on b.enrolment_id = e.id and b.current_version_id is not null
      where e.programme_id = ? and e.status = 'ACTIVE'`, [programmeId],
  );
  return rows.map((r) => ({ id: r.id, tenantId: r.tenant_id, agencyId: r.agency_id, programmeId: r.programme_id }));
}

/**
 * The enrolment's report for the period, created with revision 1 and one review item per
 * top-level task when it does not exist yet. Safe to call twice (the tick and a user at once):
 * the unique (enrolment, period) key lets one insert win, the other reads it.
 */
export async function ensureReport(em: EntityManager, source: PeriodDataSource, enrolment: EnrolmentRef, period: ReportingPeriod, actorId: string): Promise<PeriodReport> {
  const existing = await em.findOne(PeriodReport, { enrolmentId: enrolment.id, periodId: period.id });
  if (existing) return existing;
  const reportId = newId();
  const now = new Date();
  const inserted = await em.createQueryBuilder(PeriodReport).insert({
    id: reportId, tenantId: enrolment.tenantId, enrolmentId: enrolment.id, agencyId: enrolment.agencyId, programmeId: enrolment.programmeId,
    periodId: period.id, period: period.code, dueOn: period.dueOn, state: 'DRAFT', version: 1, currentRevision: 1, createdAt: now, updatedAt: now,
  }).onConflict(['enrolmentId', 'periodId']).ignore().execute('run');
  if (((inserted as { affectedRows?: number }).affectedRows ?? 0) > 0) {
    await em.createQueryBuilder(ReportRevision).insert({
      id: newId(), tenantId: enrolment.tenantId, reportId, agencyId: enrolment.agencyId, number: 1, kind: 'ORIGINAL', state: 'DRAFT',
      sections: EMPTY_SECTIONS, corrections: [], agencyVisible: false, createdBy: actorId, createdAt: now, updatedAt: now,
    }).execute('run');
    const units = await source.reviewUnits(em, enrolment.id);
    if (units.length) {
      await em.createQueryBuilder(ReviewItem).insert(units.map((u) => ({
        id: newId(), tenantId: enrolment.tenantId, reportId, revision: 1, taskId: u.taskId, taskCode: u.code, taskTitle: u.title,
        leadDepartmentId: u.leadDepartmentId, responsibleUserIds: u.responsibleUserIds, groupReviewerIds: [], state: 'DRAFT', step: null,
        position: 'RESPONSIBLE', version: 1, updatedAt: now,
      }))).execute('run');
    }
  }
  return em.findOneOrFail(PeriodReport, { enrolmentId: enrolment.id, periodId: period.id });
}
