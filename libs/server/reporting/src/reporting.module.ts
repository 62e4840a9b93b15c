import { Module, type DynamicModule } from '@nestjs/common';
import { NotificationService } from './notification/notification.service.js';
import { NotificationResolver } from './notification/notification.resolver.js';
import { ReportingTick } from './period/reporting-tick.js';
import { ReportingScheduler, type ScheduleMode } from './period/reporting-scheduler.js';
import { MailSender } from './notification/mail-sender.js';
import { PeriodOverviewService } from './period/period-overview.js';
import { NationalExportService } from './export/national-export.service.js';
import { NationalExportController } from './export/national-export.controller.js';
import { ReportingPeriodResolver } from './period/reporting-period.resolver.js';
import { ReportService } from './report/report.service.js';
import { PeriodReportResolver, ReportRevisionResolver } from './report/report.resolver.js';
import { ReviewService } from './review/review.service.js';
import { ReviewResolver } from './review/review.resolver.js';
import { storageFromEnv, type EvidenceStorage } from '@dsg/server-core';
import { REPORT_STORAGE, ReportDocumentJob } from './document/report-document.job.js';
import { ReportDocumentService } from './document/report-document.service.js';
import { ReportDocumentResolver } from './document/report-document.resolver.js';
import { ReportDocumentController } from './document/report-document.controller.js';

/** Resolver classes, also used to print the committed schema without a running app. */
export const reportingResolvers = [ReportingPeriodResolver, PeriodReportResolver, ReportRevisionResolver, ReviewResolver, NotificationResolver, ReportDocumentResolver];

/** 填报 → 审核 → 上报: periods, layered review, reports, notifications (issue 4). */
@Module({})
export class ReportingModule {
  /** `schedule`: 'bullmq' in the worker, 'interval' in a gateway without Redis, 'off' otherwise (tests). */
  static forRoot(opts: { graphql: boolean; storage?: EvidenceStorage; schedule?: ScheduleMode }): DynamicModule {
    return {
      module: ReportingModule,
      controllers: opts.graphql ? [ReportDocumentController, NationalExportController] : [],
      providers: [
        { provide: REPORT_STORAGE, useFactory: () => opts.storage ?? storageFromEnv() },
        { provide: 'REPORTING_SCHEDULE', useValue: opts.schedule ?? 'off' },
        NotificationService, ReviewService, ReportService, ReportingTick, ReportDocumentService, ReportDocumentJob, MailSender, ReportingScheduler, PeriodOverviewService, NationalExportService,
        ...(opts.graphql ? reportingResolvers : []),
      ],
      exports: [NotificationService, ReviewService, ReportService, ReportingTick, ReportDocumentService, MailSender],
    };
  }
}
