import { Injectable } from '@nestjs/common';
import { OptimisticLockError, type EntityManager } from '@mikro-orm/postgresql';
import {
  AppError, Db, InputValidator, PeriodData, RequestContext, assertCan, emptyConnection, newId, paginate, requireUuid, toQuery,
  type Connection, type PeriodFigures, type PeriodSnapshot,
} from '@dsg/server-core';
import { periodEnd } from '@dsg/contracts';
import { isEditable, reportTransition, type ReportAction, type ReportParty, type ReportState } from '../domain/report-workflow.js';
import { diffRevisions, mergeApproved, withCorrections, type RevisionDiff } from '../domain/snapshot.js';
import { sanitizeRichText } from '../documents/rich-text.js';
import { ReviewItem, type ApprovedData } from '../review/review.entity.js';
import { NotificationService } from '../notification/notification.service.js';
import { PeriodLock, PeriodReport, ReportRevision, WorkflowTransition, type ReportSections } from './report.entity.js';
import { actorName } from './actor-name.js';
import { SECTION_KEYS, reportNotices } from './report-notices.js';

export interface TransitionInput {
  reportId: string;
  action: ReportAction;
  reason?: string | null;
  expectedVersion?: number | null;
}

const MAX_SECTION_HTML = 200_000;

/** 期报告: the institution compiles, the 双高办 approves and submits, the agency decides. */
@Injectable()
export class ReportService {
  constructor(
    private readonly db: Db,
    private readonly data: PeriodData,
    private readonly notifications: NotificationService,
  ) {}

  /** Reports the signed-in user may read (the agency: submitted ones only, by RLS and rules). */
  list(filter: { periodCode?: string | null; state?: ReportState | null }, args: { first?: number | null; after?: string | null }): Promise<Connection<PeriodReport>> {
    const cond = toQuery('read', 'PeriodReport');
    if (!cond) return Promise.resolve(emptyConnection());
    const where: Record<string, unknown> = { ...cond };
    if (filter.periodCode) where['period'] = filter.periodCode;
    if (filter.state) where['state'] = filter.state;
    return paginate(this.db.em(), PeriodReport, where, args, 'updatedAt', 'desc');
  }

  async get(id: string): Promise<PeriodReport> {
    const report = await this.db.em().findOne(PeriodReport, { id: requireUuid(id) });
    if (!report) throw AppError.notFound();
    assertCan('read', 'PeriodReport', report);
    return report;
  }

  /**
   * The revision the signed-in user sees: the institution its current one; the agency the latest
   * one submitted to it (a correction being drafted stays invisible until it is submitted).
   */
  async visibleRevision(report: PeriodReport): Promise<ReportRevision | null> {
    const em = this.db.em();
    if (this.isAgency()) return em.findOne(ReportRevision, { reportId: report.id, agencyVisible: true }, { orderBy: { number: 'desc' }, populate: ['snapshot'] });
    return em.findOne(ReportRevision, { reportId: report.id, number: report.currentRevision }, { populate: ['snapshot'] });
  }

  /** One revision the user may see (the agency: submitted ones only). */
  async revisionEntity(report: PeriodReport, number: number): Promise<ReportRevision> {
    const where = this.isAgency() ? { reportId: report.id, number, agencyVisible: true } : { reportId: report.id, number };
    const revision = await this.db.em().findOne(ReportRevision, where, { populate: ['snapshot'] });
    if (!revision) throw AppError.notFound();
    return revision;
  }

  revisions(report: PeriodReport): Promise<ReportRevision[]> {
    const where = this.isAgency() ? { reportId: report.id, agencyVisible: true } : { reportId: report.id };
    return this.db.em().find(ReportRevision, where, { orderBy: { number: 'asc' } });
  }

  /** Figures of a revision: frozen ones once submitted to the agency, else live from the task book. */
  async figures(report: PeriodReport, revision: ReportRevision): Promise<PeriodFigures> {
    if (revision.figures) return revision.figures;
    return this.data.get().figures(await this.liveSnapshot(this.db.em(), report, revision));
  }

  timeline(report: PeriodReport): Promise<WorkflowTransition[]> {
    return this.db.em().find(WorkflowTransition, { reportId: report.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** What a correction revision changes against the accepted revision (null for originals). */
  async diff(report: PeriodReport, revision: ReportRevision): Promise<RevisionDiff | null> {
    if (revision.kind !== 'CORRECTION' || report.acceptedRevision === null) return null;
    const em = this.db.em();
    const base = await em.findOneOrFail(ReportRevision, { reportId: report.id, number: report.acceptedRevision }, { populate: ['snapshot'] });
    if (!base.snapshot || !base.figures) return null;
    const snapshot = revision.snapshot ?? withCorrections(base.snapshot, revision.corrections);
    const figures = revision.figures ?? this.data.get().figures(snapshot);
    return diffRevisions({ sections: { ...base.sections }, figures: base.figures, snapshot: base.snapshot }, { sections: { ...revision.sections }, figures, snapshot });
  }

  async saveSections(input: { reportId: string; sections: Partial<ReportSections> }): Promise<ReportRevision> {
    const v = new InputValidator().uuid('reportId', input.reportId);
    for (const key of SECTION_KEYS) v.text(`sections.${key}`, input.sections[key], { max: MAX_SECTION_HTML });
    v.throwIfInvalid();
    const em = this.db.em();
    const report = await this.get(input.reportId);
    assertCan('update', 'PeriodReport', report);
    if (!isEditable(report.state)) throw AppError.conflict('reportNotEditable', { state: report.state });
    const revision = await em.findOneOrFail(ReportRevision, { reportId: report.id, number: report.currentRevision });
    const next = { ...revision.sections };
    for (const key of SECTION_KEYS) if (input.sections[key] !== undefined && input.sections[key] !== null) next[key] = sanitizeRichText(input.sections[key]!);
    revision.sections = next;
    await em.flush();
    return revision;
  }

  /** One step of the state machine; of two concurrent decisions exactly one wins (ADR 0011). */
  async transition(input: TransitionInput): Promise<PeriodReport> {
    new InputValidator().uuid('reportId', input.reportId).text('reason', input.reason, { max: 2000 }).throwIfInvalid();
    const actor = RequestContext.current().requireActor();
    try {
      const report = await this.db.em().transactional(async (em) => {
        const report = await em.findOne(PeriodReport, { id: requireUuid(input.reportId) });
        if (!report) throw AppError.notFound();
        assertCan('update', 'PeriodReport', report);
        const party: ReportParty = this.isAgency() ? 'AGENCY' : input.action === 'SUBMIT_TO_OFFICE' ? 'INSTITUTION' : 'OFFICE';
        const result = reportTransition(report.state, input.action, party, input.reason);
        if (!result.ok) {
          if (result.refusal === 'WRONG_PARTY') throw AppError.forbidden();
          if (result.refusal === 'REASON_REQUIRED') throw AppError.field('reason', 'required');
          throw AppError.conflict('transitionNotAllowed', { state: report.state });
        }
        if (input.expectedVersion != null && input.expectedVersion !== report.version) throw AppError.conflict('staleReport', { state: report.state });
        const revision = await em.findOneOrFail(ReportRevision, { reportId: report.id, number: report.currentRevision }, { populate: ['snapshot'] });
        await this.beforeTransition(em, report, revision, input.action);
        const from = report.state;
        report.state = result.to;
        revision.state = result.to;
        em.create(WorkflowTransition, {
          id: newId(), tenantId: report.tenantId, agencyId: report.agencyId, reportId: report.id, revision: revision.number, objectType: 'PeriodReport',
          objectId: report.id, action: input.action, fromState: from, toState: result.to, reason: input.reason?.trim() || null,
          actorId: actor.userId, actorName: await actorName(em), agencyVisible: revision.agencyVisible,
        } as WorkflowTransition);
        await em.flush();
        await reportNotices(this.notifications, em, report, input.action, input.reason ?? null);
        return report;
      });
      return report;
    } catch (e) {
      if (e instanceof OptimisticLockError) throw AppError.conflict('staleReport', { state: '?' });
      throw e;
    }
  }

  /**
   * Starts a correction (更正) of an accepted report: a new revision with the accepted sections and
   * the proposed actual values, reviewed like the original; applied only when the agency accepts it.
   */
  async startCorrection(input: { reportId: string; corrections: { indicatorId: string; period: string; value: number | null }[] }): Promise<ReportRevision> {
    new InputValidator().uuid('reportId', input.reportId).check('corrections', input.corrections.length <= 1000, 'tooLong', { max: 1000 }).throwIfInvalid();
    const em = this.db.em();
    return em.transactional(async (tx) => {
      const report = await tx.findOne(PeriodReport, { id: requireUuid(input.reportId) });
      if (!report) throw AppError.notFound();
      assertCan('update', 'PeriodReport', report);
      if (report.state !== 'ACCEPTED' || report.acceptedRevision === null) throw AppError.conflict('correctionNotAllowed');
      const accepted = await tx.findOneOrFail(ReportRevision, { reportId: report.id, number: report.acceptedRevision }, { populate: ['snapshot'] });
      const known = new Map(accepted.snapshot!.indicators.map((i) => [i.id, i]));
      const end = periodEnd(report.period);
      input.corrections.forEach((c, n) => {
        new InputValidator()
          .check(`corrections.${n}.indicatorId`, known.has(c.indicatorId), 'notFound')
          .check(`corrections.${n}.period`, /^\d{4}(-(H[12]|Q[1-4]|M(0[1-9]|1[0-2])))?$/.test(c.period) && periodEnd(c.period) <= end, 'invalidFormat')
          .check(`corrections.${n}.value`, c.value === null || (Number.isFinite(c.value) && c.value >= 0), 'invalidFormat')
          .throwIfInvalid();
      });
      const number = report.currentRevision + 1;
      const revision = tx.create(ReportRevision, {
        id: newId(), tenantId: report.tenantId, reportId: report.id, agencyId: report.agencyId, number, kind: 'CORRECTION', state: 'DRAFT',
        sections: { ...accepted.sections }, corrections: input.corrections.map((c) => ({ indicatorId: c.indicatorId, period: c.period, value: c.value })),
        createdBy: RequestContext.current().requireActor().userId,
      } as ReportRevision);
      report.currentRevision = number;
      report.state = 'DRAFT';
      tx.create(WorkflowTransition, {
        id: newId(), tenantId: report.tenantId, agencyId: report.agencyId, reportId: report.id, revision: number, objectType: 'PeriodReport',
        objectId: report.id, action: 'START_CORRECTION', fromState: 'ACCEPTED', toState: 'DRAFT', reason: null,
        actorId: RequestContext.current().requireActor().userId, actorName: await actorName(tx), agencyVisible: false,
      } as WorkflowTransition);
      await tx.flush();
      return revision;
    });
  }

  private async beforeTransition(em: EntityManager, report: PeriodReport, revision: ReportRevision, action: ReportAction): Promise<void> {
    if (action === 'SUBMIT_TO_OFFICE') this.assertSectionsFilled(revision.sections);
    if (action === 'SUBMIT_TO_AGENCY') {
      const snapshot = await this.agencySnapshot(em, report, revision);
      revision.snapshot = snapshot;
      revision.figures = this.data.get().figures(snapshot);
      revision.agencyVisible = true;
      revision.submittedToAgencyAt = new Date();
      report.submittedToAgencyAt = revision.submittedToAgencyAt;
    }
    if (action === 'AGENCY_ACCEPT') await this.accept(em, report, revision);
  }

  /** Acceptance: the revision becomes the accepted record and the period freezes. */
  private async accept(em: EntityManager, report: PeriodReport, revision: ReportRevision): Promise<void> {
    const actor = RequestContext.current().requireActor();
    const now = new Date();
    revision.acceptedAt = now;
    report.acceptedAt = now;
    report.acceptedRevision = revision.number;
    if (revision.kind === 'CORRECTION' && revision.corrections.length) {
      // The corrected values go to the institution's live rows, past the freeze, in a logged
      // platform transaction: the agency's session may not write tenant rows (RLS).
      await this.db.asPlatform(`apply accepted correction ${report.id}#${revision.number}`, (platform) => platform.transactional(async (tx) => {
        await tx.execute(`select set_config('app.correction', 'on', true)`);
        await this.data.get().applyCorrections(tx, report.tenantId, actor.userId, revision.corrections);
      }));
    }
    const taskBookId = revision.snapshot?.taskBookId;
    if (!taskBookId) return;
    const lock = await em.findOne(PeriodLock, { taskBookId, period: report.period });
    if (!lock) {
      em.create(PeriodLock, {
        id: newId(), tenantId: report.tenantId, agencyId: report.agencyId, taskBookId, reportId: report.id, period: report.period,
        periodEnd: periodEnd(report.period), lockedBy: actor.userId,
      } as PeriodLock);
    }
  }

  /** The agency's snapshot: approved review items for an original, the accepted one corrected for a correction. */
  private async agencySnapshot(em: EntityManager, report: PeriodReport, revision: ReportRevision): Promise<PeriodSnapshot> {
    if (revision.kind === 'CORRECTION') {
      const accepted = await em.findOneOrFail(ReportRevision, { reportId: report.id, number: report.acceptedRevision! }, { populate: ['snapshot'] });
      return withCorrections(accepted.snapshot!, revision.corrections);
    }
    const items = await em.find(ReviewItem, { reportId: report.id, revision: revision.number });
    const pending = items.filter((i) => i.state !== 'APPROVED' || !i.approvedData);
    if (pending.length) throw AppError.conflict('reviewItemsPending', { count: pending.length });
    return mergeApproved(await this.data.get().collect(em, report.enrolmentId, report.period), items.map((i) => i.approvedData as ApprovedData));
  }

  private async liveSnapshot(em: EntityManager, report: PeriodReport, revision: ReportRevision): Promise<PeriodSnapshot> {
    if (revision.kind === 'CORRECTION' && report.acceptedRevision !== null) {
      const accepted = await em.findOneOrFail(ReportRevision, { reportId: report.id, number: report.acceptedRevision }, { populate: ['snapshot'] });
      return withCorrections(accepted.snapshot!, revision.corrections);
    }
    return this.data.get().collect(em, report.enrolmentId, report.period);
  }

  private assertSectionsFilled(sections: ReportSections): void {
    const v = new InputValidator();
    for (const key of SECTION_KEYS) v.check(`sections.${key}`, sections[key].replace(/<[^>]*>/g, '').trim().length > 0, 'required');
    v.throwIfInvalid();
  }

  isAgency(): boolean {
    return RequestContext.current().requireActor().organisationKind === 'AGENCY';
  }
}
