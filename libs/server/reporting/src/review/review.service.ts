import { Inject, Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { OptimisticLockError, type EntityManager } from '@mikro-orm/postgresql';
import {
  AppError, Db, InputValidator, MEMBER_DIRECTORY, PeriodData, RequestContext, assertCan, currentAbility, newId, requireUuid,
  type MemberDirectory,
} from '@dsg/server-core';
import { REVIEW_STEPS, decideReview, normaliseChain, positionOf, type ReviewDecision, type ReviewStep } from '../domain/review-chain.js';
import { subtreeOf } from '../domain/snapshot.js';
import { isEditable } from '../domain/report-workflow.js';
import { PeriodReport, WorkflowTransition } from '../report/report.entity.js';
import { NotificationService } from '../notification/notification.service.js';
import { actorName } from '../report/actor-name.js';
import { ReviewChain, ReviewItem } from './review.entity.js';

/** Until the 双高办 configures it: the lead department, then the 双高办. */
export const DEFAULT_CHAIN: ReviewStep[] = ['DEPARTMENT', 'OFFICE'];

export interface DecideReviewInput {
  itemId: string;
  decision: ReviewDecision;
  reason?: string | null;
  expectedVersion?: number | null;
}

/** 逐级审核: the institution's review chain and the items moving through it. */
@Injectable()
export class ReviewService {
  constructor(
    private readonly db: Db,
    private readonly data: PeriodData,
    private readonly notifications: NotificationService,
    @Inject(MEMBER_DIRECTORY) private readonly members: MemberDirectory,
  ) {}

  async chain(): Promise<ReviewChain> {
    const tenantId = this.tenantId();
    const chain = await this.db.em().findOne(ReviewChain, { tenantId });
    return chain ?? Object.assign(new ReviewChain(), { id: tenantId, tenantId, steps: DEFAULT_CHAIN, groupReviewerIds: [] });
  }

  async setChain(input: { steps: string[]; groupReviewerIds: string[] }): Promise<ReviewChain> {
    const tenantId = this.tenantId();
    const steps = input.steps.filter((s): s is ReviewStep => (REVIEW_STEPS as readonly string[]).includes(s));
    const groupIds = [...new Set(input.groupReviewerIds)];
    new InputValidator()
      .check('steps', steps.length === input.steps.length, 'invalidFormat')
      .check('groupReviewerIds', groupIds.every((id) => /^[0-9a-f-]{36}$/i.test(id)), 'invalidId')
      .check('groupReviewerIds', !steps.includes('CONSTRUCTION_GROUP') || groupIds.length > 0, 'required')
      .throwIfInvalid();
    if (groupIds.length && !(await this.members.areMembersOf(tenantId, groupIds))) throw AppError.field('groupReviewerIds', 'notMember');
    const em = this.db.em();
    const chain = (await em.findOne(ReviewChain, { tenantId })) ?? em.create(ReviewChain, { id: newId(), tenantId } as ReviewChain);
    assertCan('update', 'ReviewChain', chain);
    chain.steps = normaliseChain(steps);
    chain.groupReviewerIds = groupIds;
    chain.updatedBy = RequestContext.current().requireActor().userId;
    await em.flush();
    return chain;
  }

  itemsOf(reportId: string, revision: number): Promise<ReviewItem[]> {
    return this.db.em().find(ReviewItem, { reportId, revision }, { orderBy: { taskCode: 'asc' } });
  }

  /** Items the signed-in user can act on now (submit, approve or return), across open reports. */
  async queue(): Promise<ReviewItem[]> {
    const ability = currentAbility();
    const open = await this.db.em().find(ReviewItem, { position: { $ne: 'DONE' } }, { orderBy: { updatedAt: 'desc' }, limit: 2000 });
    return open.filter((i) => ability.can('update', subject('ReviewItem', { ...i }) as never));
  }

  /** Report id → period code, for items listed across reports. */
  async periodsOf(reportIds: readonly string[]): Promise<Map<string, string>> {
    if (reportIds.length === 0) return new Map();
    const reports = await this.db.em().find(PeriodReport, { id: { $in: [...new Set(reportIds)] } }, { fields: ['id', 'period'] });
    return new Map(reports.map((r) => [r.id, r.period]));
  }

  /** May the signed-in user take a decision on this item now (for the UI's buttons)? */
  canAct(item: ReviewItem): boolean {
    return currentAbility().can('update', subject('ReviewItem', { ...item }) as never);
  }

  async decide(input: DecideReviewInput): Promise<ReviewItem> {
    new InputValidator().uuid('itemId', input.itemId).text('reason', input.reason, { max: 2000 }).throwIfInvalid();
    const actor = RequestContext.current().requireActor();
    try {
      return await this.db.em().transactional(async (em) => {
        const item = await em.findOne(ReviewItem, { id: requireUuid(input.itemId) });
        if (!item) throw AppError.notFound();
        assertCan('update', 'ReviewItem', item);
        if (input.expectedVersion != null && input.expectedVersion !== item.version) throw AppError.conflict('reviewStale', { state: item.position });
        const report = await em.findOneOrFail(PeriodReport, { id: item.reportId });
        if (!isEditable(report.state)) throw AppError.conflict('reportNotEditable', { state: report.state });
        const chain = (await em.findOne(ReviewChain, { tenantId: item.tenantId }))?.steps ?? DEFAULT_CHAIN;
        const result = decideReview(chain, { state: item.state, step: item.step }, input.decision, input.reason);
        if (!result.ok) {
          if (result.refusal === 'REASON_REQUIRED') throw AppError.field('reason', 'required');
          throw AppError.conflict('reviewStale', { state: item.position });
        }
        const reason = input.reason?.trim() || null;
        if (input.decision === 'SUBMIT') item.groupReviewerIds = (await em.findOne(ReviewChain, { tenantId: item.tenantId }))?.groupReviewerIds ?? [];
        const name = await actorName(em);
        // Rows of one decision get consecutive milliseconds, so the timeline keeps their order.
        const at = Date.now();
        let n = 0;
        const log = (action: string, from: string, to: string, why: string | null) => em.create(WorkflowTransition, {
          createdAt: new Date(at + n++), id: newId(), tenantId: item.tenantId, agencyId: report.agencyId, reportId: report.id, revision: item.revision, objectType: 'ReviewItem',
          objectId: item.id, action, fromState: from, toState: to, reason: why, actorId: actor.userId, actorName: name, agencyVisible: false,
        } as WorkflowTransition);
        let status = result.status;
        log(input.decision, item.position, positionOf(status), reason);
        // A step nobody can take (no contributor in the lead department, an empty construction
        // group) is passed over, visibly: the item must not wait for a reviewer who does not exist.
        while (status.state === 'IN_REVIEW' && status.step !== 'OFFICE' && !(await this.hasReviewer(em, item, status.step!))) {
          const next = decideReview(chain, status, 'APPROVE');
          if (!next.ok) break;
          log('SKIP', positionOf(status), positionOf(next.status), null);
          status = next.status;
        }
        item.state = status.state;
        item.step = status.step;
        item.position = positionOf(status);
        if (item.state === 'APPROVED') item.approvedData = subtreeOf(await this.data.get().collect(em, report.enrolmentId, report.period), item.taskId);
        if (item.state === 'RETURNED') item.approvedData = null;
        await em.flush();
        await this.notifyNext(em, item, report, input.decision);
        return item;
      });
    } catch (e) {
      if (e instanceof OptimisticLockError) throw AppError.conflict('reviewStale', { state: '?' });
      throw e;
    }
  }

  /** The next reviewers get a notice; a returned item goes back to its responsible people. */
  private async notifyNext(em: EntityManager, item: ReviewItem, report: PeriodReport, decision: ReviewDecision): Promise<void> {
    const base = { tenantId: item.tenantId };
    const who = item.position === 'DEPARTMENT' ? { ...base, roles: ['DEPARTMENT_CONTRIBUTOR'], departmentId: item.leadDepartmentId }
      : item.position === 'CONSTRUCTION_GROUP' ? { ...base, userIds: item.groupReviewerIds }
        : item.position === 'OFFICE' ? { ...base, roles: ['INSTITUTION_ADMIN'] }
          : item.position === 'RESPONSIBLE' ? { ...base, userIds: item.responsibleUserIds }
            : null;
    if (!who || (item.position === 'DEPARTMENT' && !item.leadDepartmentId)) return;
    const recipients = await this.notifications.recipients(em, who);
    const task = `${item.taskCode} ${item.taskTitle}`;
    const returned = decision === 'RETURN';
    await this.notifications.notify(em, recipients, {
      kind: returned ? 'REVIEW_RETURNED' : 'REVIEW_PENDING',
      title: returned
        ? { 'zh-CN': `${report.period} 填报被退回：${task}`, en: `${report.period} submission returned: ${task}` }
        : { 'zh-CN': `${report.period} 待审核：${task}`, en: `${report.period} awaiting your review: ${task}` },
      body: returned
        ? { 'zh-CN': '请根据退回意见修改后重新提交。', en: 'Please revise according to the reviewer\'s reason and submit again.' }
        : { 'zh-CN': '有一项任务的期数据等待您审核。', en: 'A task\'s period data is waiting for your review.' },
      link: `/reports/${report.id}`,
    }, `review:${item.id}:v${item.version}`);
  }

  private async hasReviewer(em: EntityManager, item: ReviewItem, step: ReviewStep): Promise<boolean> {
    if (step === 'DEPARTMENT') {
      return !!item.leadDepartmentId && (await this.notifications.recipients(em, { tenantId: item.tenantId, roles: ['DEPARTMENT_CONTRIBUTOR'], departmentId: item.leadDepartmentId })).length > 0;
    }
    if (step === 'CONSTRUCTION_GROUP') return (await this.notifications.recipients(em, { tenantId: item.tenantId, userIds: item.groupReviewerIds })).length > 0;
    return true;
  }

  private tenantId(): string {
    const tenantId = RequestContext.current().requireActor().tenantId;
    if (!tenantId) throw AppError.forbidden();
    return tenantId;
  }
}
