import { Inject, Injectable } from '@nestjs/common';
import { AppError, Db, ORGANISATION_DIRECTORY, requireUuid, type OrganisationDirectory } from '@dsg/server-core';
import { chinaToday } from '@dsg/contracts';
import { PeriodReport } from '../report/report.entity.js';
import { ReportingPeriod } from './reporting-period.entity.js';

export interface PeriodOverviewRow {
  enrolmentId: string;
  institutionId: string;
  institutionName: string | null;
  reportId: string | null;
  /** null: no report the user can see (for an agency: not submitted to it yet). */
  state: PeriodReport['state'] | null;
  submittedToAgencyAt: Date | null;
  late: boolean;
}

/**
 * 填报情况: every enrolment of a period's programme the user may see (an agency: its enrolled
 * institutions; an institution: its own) with the state of its report. Drafts stay invisible to
 * an agency (RLS), so they read as "not submitted" there.
 */
@Injectable()
export class PeriodOverviewService {
  constructor(
    private readonly db: Db,
    @Inject(ORGANISATION_DIRECTORY) private readonly orgs: OrganisationDirectory,
  ) {}

  async overview(periodId: string): Promise<PeriodOverviewRow[]> {
    const em = this.db.em();
    const period = await em.findOne(ReportingPeriod, { id: requireUuid(periodId) });
    if (!period) throw AppError.notFound();
    const enrolments = await em.execute<{ id: string; tenant_id: string }[]>(
      `select id, tenant_id from enrolment where programme_id = ? and status = 'ACTIVE' order by enrolled_on nulls last, id`, [period.programmeId],
    );
    if (enrolments.length === 0) return [];
    const reports = await em.find(PeriodReport, { periodId: period.id, enrolmentId: { $in: enrolments.map((e) => e.id) } });
    const byEnrolment = new Map(reports.map((r) => [r.enrolmentId, r]));
    const names = await this.orgs.names(enrolments.map((e) => ({ kind: 'INSTITUTION' as const, id: e.tenant_id })));
    const today = chinaToday();
    return enrolments
      .map((e) => {
        const r = byEnrolment.get(e.id) ?? null;
        const submitted = r?.submittedToAgencyAt ?? null;
        const late = submitted ? submitted.toISOString().slice(0, 10) > period.dueOn : today > period.dueOn;
        return {
          enrolmentId: e.id, institutionId: e.tenant_id, institutionName: names.get(e.tenant_id)?.name ?? null,
          reportId: r?.id ?? null, state: r?.state ?? null, submittedToAgencyAt: submitted, late,
        };
      })
      .sort((a, b) => (a.institutionName ?? '').localeCompare(b.institutionName ?? '', 'zh-CN'));
  }
}
