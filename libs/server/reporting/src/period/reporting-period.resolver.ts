import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppError, Db, PeriodData, Policy, RequestContext, assertCan, requireUuid } from '@dsg/server-core';
import { ensureReport, reportableEnrolments } from '../report/report-factory.js';
import { PeriodReportType } from '../report/report.type.js';
import type { PeriodReport } from '../report/report.entity.js';
import { ReportingPeriod } from './reporting-period.entity.js';
import { ReportingPeriodType } from './reporting-period.type.js';
import { PeriodOverviewService, type PeriodOverviewRow } from './period-overview.js';
import { PeriodOverviewRowType } from './period-overview.type.js';

@Resolver(() => ReportingPeriodType)
export class ReportingPeriodResolver {
  constructor(
    private readonly db: Db,
    private readonly data: PeriodData,
    private readonly overviews: PeriodOverviewService,
  ) {}

  @Policy('read', 'PeriodReport')
  @Query(() => [PeriodOverviewRowType], { description: '填报情况: each visible enrolment of the period\'s programme with its report state.' })
  periodOverview(@Args('periodId', { type: () => ID }) periodId: string): Promise<PeriodOverviewRow[]> {
    return this.overviews.overview(periodId);
  }

  @Policy('read', 'ReportingPeriod')
  @Query(() => [ReportingPeriodType], { description: '填报期 of a programme, in calendar order.' })
  reportingPeriods(@Args('programmeId', { type: () => ID }) programmeId: string): Promise<ReportingPeriod[]> {
    return this.db.em().find(ReportingPeriod, { programmeId: requireUuid(programmeId) }, { orderBy: { startsOn: 'asc' } });
  }

  @Policy('create', 'PeriodReport')
  @Mutation(() => PeriodReportType, { description: 'Opens (or returns) the institution\'s report for an open or past period of one of its enrolments.' })
  async openPeriodReport(
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
    @Args('periodId', { type: () => ID }) periodId: string,
  ): Promise<PeriodReport> {
    const actor = RequestContext.current().requireActor();
    const em = this.db.em();
    const period = await em.findOne(ReportingPeriod, { id: requireUuid(periodId) });
    if (!period) throw AppError.notFound();
    const enrolment = (await reportableEnrolments(em, period.programmeId)).find((e) => e.id === requireUuid(enrolmentId) && e.tenantId === actor.tenantId);
    if (!enrolment) throw AppError.notFound();
    if (period.status === 'SCHEDULED') throw AppError.conflict('periodNotOpen', { period: period.code });
    assertCan('create', 'PeriodReport', { tenantId: enrolment.tenantId });
    return em.transactional((tx) => ensureReport(tx, this.data.get(), enrolment, period, actor.userId));
  }
}
