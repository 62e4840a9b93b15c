import { ReportingPeriodSchema } from './period/reporting-period.entity.js';
import { ReviewChainSchema, ReviewItemSchema } from './review/review.entity.js';
import { PeriodLockSchema, PeriodReportSchema, ReportRevisionSchema, WorkflowTransitionSchema } from './report/report.entity.js';
import { MailOutboxSchema, NotificationSchema } from './notification/notification.entity.js';
import { ReportDocumentSchema } from './document/report-document.entity.js';

export const reportingEntities = [
  ReportingPeriodSchema, ReviewChainSchema, ReviewItemSchema, PeriodReportSchema, ReportRevisionSchema, WorkflowTransitionSchema, PeriodLockSchema,
  NotificationSchema, MailOutboxSchema, ReportDocumentSchema,
];
