import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Db, PeriodData, newId } from '@dsg/server-core';
import { addDays, chinaToday, type Frequency } from '@dsg/contracts';
import { programmeCalendar, reminderDue } from '../domain/reporting-calendar.js';
import { ensureReport, reportableEnrolments } from '../report/report-factory.js';
import { PeriodReport } from '../report/report.entity.js';
import { ReviewItem } from '../review/review.entity.js';
import { NotificationService } from '../notification/notification.service.js';
import { ReportingPeriod } from './reporting-period.entity.js';

/** The platform acts as this user id when it creates reports on its own (no human actor). */
export const SYSTEM_ACTOR_ID = '00000000-0000-0000-0000-000000000000';

type Scope = { programmeId?: string };

export interface TickResult {
  periodsCreated: number;
  opened: number;
  closed: number;
  reportsEnsured: number;
  reminders: number;
}

/**
 * `reporting.tick` (daily at 00:05 Beijing time, and at worker start-up): generates every
 * programme's periods, opens and closes them by date, creates the open periods' reports, and sends
 * due-soon / overdue reminders. Idempotent: inserts ignore existing rows, state changes are
 * conditional updates, reminders carry dedupe keys — a doubled or retried run changes nothing twice.
 */
@Injectable()
export class ReportingTick {
  constructor(
    private readonly db: Db,
    private readonly data: PeriodData,
    private readonly notifications: NotificationService,
  ) {}

  /** `programmeId` narrows the run to one programme (an agency re-running its own calendar). */
  run(today = chinaToday(), programmeId?: string): Promise<TickResult> {
    return this.db.asPlatform('reporting.tick', (em) => em.transactional(async (tx) => {
      const scope = programmeId ? { programmeId } : {};
      const periodsCreated = await this.generatePeriods(tx, programmeId);
      const { opened, closed } = await this.moveStatuses(tx, today, scope);
      const reportsEnsured = await this.ensureReports(tx, scope);
      const reminders = await this.remind(tx, today, scope);
      return { periodsCreated, opened, closed, reportsEnsured, reminders };
    }));
  }

  private async generatePeriods(em: EntityManager, programmeId?: string): Promise<number> {
    const programmes = await em.execute<{ id: string; agency_id: string; frequency: Frequency; start_year: number; end_year: number; due_days_after_period_end: number }[]>(
      `select id, agency_id, frequency, start_year, end_year, due_days_after_period_end from programme${programmeId ? ' where id = ?' : ''}`, programmeId ? [programmeId] : [],
    );
    let created = 0;
    for (const p of programmes) {
      const rows = programmeCalendar({ frequency: p.frequency, startYear: p.start_year, endYear: p.end_year, dueDaysAfterPeriodEnd: p.due_days_after_period_end })
        .map((c) => ({ id: newId(), programmeId: p.id, agencyId: p.agency_id, ...c, status: 'SCHEDULED' as const, createdAt: new Date() }));
      if (!rows.length) continue;
      const r = await em.createQueryBuilder(ReportingPeriod).insert(rows).onConflict(['programmeId', 'code']).ignore().execute('run');
      created += (r as { affectedRows?: number }).affectedRows ?? 0;
    }
    return created;
  }

  private async moveStatuses(em: EntityManager, today: string, scope: Scope): Promise<{ opened: number; closed: number }> {
    const opened = await em.nativeUpdate(ReportingPeriod, { ...scope, status: 'SCHEDULED', opensOn: { $lte: today }, dueOn: { $gte: today } }, { status: 'OPEN', openedAt: new Date() });
    const closed = await em.nativeUpdate(ReportingPeriod, { ...scope, status: { $ne: 'CLOSED' }, dueOn: { $lt: today } }, { status: 'CLOSED', closedAt: new Date() });
    return { opened, closed };
  }

  private async ensureReports(em: EntityManager, scope: Scope): Promise<number> {
    const open = await em.find(ReportingPeriod, { ...scope, status: 'OPEN' });
    let n = 0;
    for (const period of open) {
      for (const enrolment of await reportableEnrolments(em, period.programmeId)) {
        await ensureReport(em, this.data.get(), enrolment, period, SYSTEM_ACTOR_ID);
        n++;
      }
    }
    return n;
  }

  /** One reminder per responsible person per report and kind, whatever the number of their tasks. */
  private async remind(em: EntityManager, today: string, scope: Scope): Promise<number> {
    const periods = (await em.find(ReportingPeriod, { ...scope, status: { $in: ['OPEN', 'CLOSED'] }, dueOn: { $gte: addDays(today, -1), $lte: addDays(today, 1) } }))
      .map((p) => ({ period: p, kind: reminderDue(p, today) }))
      .filter((x): x is { period: ReportingPeriod; kind: 'DUE_SOON' | 'OVERDUE' } => x.kind !== null);
    let sent = 0;
    for (const { period, kind } of periods) {
      const reports = await em.find(PeriodReport, { periodId: period.id, state: { $in: ['DRAFT', 'RETURNED_BY_OFFICE', 'RETURNED_BY_AGENCY'] } });
      for (const report of reports) {
        const items = await em.find(ReviewItem, { reportId: report.id, revision: report.currentRevision, position: 'RESPONSIBLE' });
        const userIds = [...new Set(items.flatMap((i) => i.responsibleUserIds))];
        const recipients = await this.notifications.recipients(em, { tenantId: report.tenantId, userIds });
        sent += await this.notifications.notify(em, recipients, reminderMessage(kind, period), `reminder:${report.id}:${kind}`);
      }
    }
    return sent;
  }
}

function reminderMessage(kind: 'DUE_SOON' | 'OVERDUE', p: ReportingPeriod) {
  return kind === 'DUE_SOON'
    ? { kind: 'REMINDER_DUE_SOON', title: { 'zh-CN': `${p.code} 填报明天截止`, en: `${p.code} reporting is due tomorrow` }, body: { 'zh-CN': `请在 ${p.dueOn} 前提交您负责任务的期数据。`, en: `Please submit your tasks' period data by ${p.dueOn}.` }, link: '/reports' }
    : { kind: 'REMINDER_OVERDUE', title: { 'zh-CN': `${p.code} 填报已逾期`, en: `${p.code} reporting is overdue` }, body: { 'zh-CN': `截止日期 ${p.dueOn} 已过，请尽快提交。`, en: `The deadline ${p.dueOn} has passed; please submit as soon as possible.` }, link: '/reports' };
}
