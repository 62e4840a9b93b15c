import type { EntityManager } from '@mikro-orm/postgresql';
import type { LocalizedText } from '@dsg/contracts';
import type { ReportAction } from '../domain/report-workflow.js';
import type { NotificationService, RecipientQuery } from '../notification/notification.service.js';
import type { PeriodReport, ReportSections } from './report.entity.js';

export const SECTION_KEYS: readonly (keyof ReportSections)[] = ['progress', 'results', 'problems', 'nextSteps'];

interface Notice { to: 'OFFICE' | 'AGENCY'; kind: string; title: LocalizedText; body: LocalizedText }

const NOTICES: Partial<Record<ReportAction, (period: string, reason: string) => Notice>> = {
  SUBMIT_TO_OFFICE: (p) => ({ to: 'OFFICE', kind: 'REPORT_SUBMITTED', title: { 'zh-CN': `${p} 报告待双高办审批`, en: `${p} report awaiting the office's approval` }, body: { 'zh-CN': '报告已提交，请审批。', en: 'The report was submitted for approval.' } }),
  OFFICE_RETURN: (p, r) => ({ to: 'OFFICE', kind: 'REPORT_RETURNED', title: { 'zh-CN': `${p} 报告被双高办退回`, en: `${p} report returned by the office` }, body: { 'zh-CN': `退回意见：${r}`, en: `Reason: ${r}` } }),
  SUBMIT_TO_AGENCY: (p) => ({ to: 'AGENCY', kind: 'REPORT_RECEIVED', title: { 'zh-CN': `收到 ${p} 期报告`, en: `${p} report received` }, body: { 'zh-CN': '一所院校提交了期报告，请审核。', en: 'An institution submitted its period report for your review.' } }),
  AGENCY_RETURN: (p, r) => ({ to: 'OFFICE', kind: 'REPORT_RETURNED', title: { 'zh-CN': `${p} 报告被主管部门退回`, en: `${p} report returned by the agency` }, body: { 'zh-CN': `退回意见：${r}`, en: `Reason: ${r}` } }),
  AGENCY_ACCEPT: (p) => ({ to: 'OFFICE', kind: 'REPORT_ACCEPTED', title: { 'zh-CN': `${p} 报告已被受理`, en: `${p} report accepted` }, body: { 'zh-CN': '该期数据已冻结；如需修改，请发起更正。', en: 'The period\'s data is now frozen; start a correction to change it.' } }),
};

/** Tells the other side of a report transition: the 双高办, or the programme's agency officers. */
export async function reportNotices(notifications: NotificationService, em: EntityManager, report: PeriodReport, action: ReportAction, reason: string | null): Promise<void> {
  const notice = NOTICES[action]?.(report.period, reason ?? '');
  if (!notice) return;
  const query: RecipientQuery = notice.to === 'AGENCY'
    ? { agencyId: report.agencyId, roles: ['AGENCY_OFFICER'] }
    : { tenantId: report.tenantId, roles: ['INSTITUTION_ADMIN'] };
  const recipients = await notifications.recipients(em, query);
  await notifications.notify(em, recipients, { kind: notice.kind, title: notice.title, body: notice.body, link: `/reports/${report.id}` }, `report:${report.id}:${action}:v${report.version}`);
}
