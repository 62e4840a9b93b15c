import { Module, type DynamicModule } from '@nestjs/common';
import { NotificationService } from './notification/notification.service.js';
import { NotificationResolver } from './notification/notification.resolver.js';
import { ReportingTick } from './period/reporting-tick.js';
import { ReportingPeriodResolver } from './period/reporting-period.resolver.js';
import { ReportService } from './report/report.service.js';
import { PeriodReportResolver, ReportRevisionResolver } from './report/report.resolver.js';
import { ReviewService } from './review/review.service.js';
import { ReviewResolver } from './review/review.resolver.js';

/** Resolver classes, also used to print the committed schema without a running app. */
export const reportingResolvers = [ReportingPeriodResolver, PeriodReportResolver, ReportRevisionResolver, ReviewResolver, NotificationResolver];

/** 填报 → 审核 → 上报: periods, layered review, reports, notifications (issue 4). */
@Module({})
export class ReportingModule {
  static forRoot(opts: { graphql: boolean }): DynamicModule {
    return {
      module: ReportingModule,
      providers: [NotificationService, ReviewService, ReportService, ReportingTick, ...(opts.graphql ? reportingResolvers : [])],
      exports: [NotificationService, ReviewService, ReportService, ReportingTick],
    };
  }
}
