import { Inject, Injectable } from '@nestjs/common';
import {
  AppError, Db, InputValidator, MEMBER_DIRECTORY, RequestContext, assertCan, newId, requireUuid, toQuery, type MemberDirectory,
} from '@dsg/server-core';
import { AGREEMENT_STATUSES, ResponsibilityAgreement } from './agreement.entity.js';
import { ConstructionTask } from '../task/construction-task.entity.js';
import { PerformanceIndicator } from '../indicator/indicator.entity.js';
import { isIsoDate } from '@dsg/contracts';
import type { AgreementInput, UpdateAgreementInput } from './agreement.type.js';

/** 目标责任书 of the institution: the 双高办 records them; each person sees their own. */
@Injectable()
export class AgreementService {
  constructor(
    private readonly db: Db,
    @Inject(MEMBER_DIRECTORY) private readonly members: MemberDirectory,
  ) {}

  list(): Promise<ResponsibilityAgreement[]> {
    const rules = toQuery('read', 'ResponsibilityAgreement');
    return rules ? this.db.em().find(ResponsibilityAgreement, rules, { orderBy: { createdAt: 'asc' } }) : Promise.resolve([]);
  }

  /** The signed-in person's agreements and everything they list. */
  async mine(): Promise<{ agreements: ResponsibilityAgreement[]; tasks: ConstructionTask[]; indicators: PerformanceIndicator[] }> {
    const actor = RequestContext.current().requireActor();
    const em = this.db.em();
    const agreements = await em.find(ResponsibilityAgreement, { responsibleUserId: actor.userId, status: { $ne: 'ENDED' } });
    const taskIds = [...new Set(agreements.flatMap((a) => a.taskIds))];
    const indicatorIds = [...new Set(agreements.flatMap((a) => a.indicatorIds))];
    const [tasks, indicators] = await Promise.all([
      taskIds.length ? em.find(ConstructionTask, { id: { $in: taskIds } }) : [],
      indicatorIds.length ? em.find(PerformanceIndicator, { id: { $in: indicatorIds } }, { orderBy: { code: 'asc' } }) : [],
    ]);
    return { agreements, tasks, indicators };
  }

  async create(input: AgreementInput): Promise<ResponsibilityAgreement> {
    const actor = RequestContext.current().requireActor();
    await this.validate(actor.tenantId, input);
    const em = this.db.em();
    const a = em.create(ResponsibilityAgreement, { id: newId(), tenantId: actor.tenantId, ...this.fields(input) } as ResponsibilityAgreement);
    assertCan('create', 'ResponsibilityAgreement', a);
    await em.flush();
    return a;
  }

  async update(input: UpdateAgreementInput): Promise<ResponsibilityAgreement> {
    const em = this.db.em();
    const a = await em.findOne(ResponsibilityAgreement, { id: requireUuid(input.id) });
    if (!a) throw AppError.notFound();
    assertCan('update', 'ResponsibilityAgreement', a);
    await this.validate(a.tenantId, input);
    Object.assign(a, this.fields(input));
    await em.flush();
    return a;
  }

  private fields(input: AgreementInput) {
    return {
      title: input.title.trim(), headUserId: input.headUserId, responsibleUserId: input.responsibleUserId,
      taskIds: [...new Set(input.taskIds ?? [])], indicatorIds: [...new Set(input.indicatorIds ?? [])],
      signedOn: input.signedOn ?? null, status: input.status ?? (input.signedOn ? 'SIGNED' : 'DRAFT'),
    };
  }

  private async validate(tenantId: string | null, input: AgreementInput): Promise<void> {
    new InputValidator()
      .text('title', input.title, { required: true, max: 300 })
      .uuid('headUserId', input.headUserId)
      .uuid('responsibleUserId', input.responsibleUserId)
      .check('signedOn', !input.signedOn || isIsoDate(input.signedOn), 'invalidFormat')
      .check('status', !input.status || AGREEMENT_STATUSES.includes(input.status), 'invalidFormat')
      .check('taskIds', (input.taskIds ?? []).length <= 200, 'outOfRange', { min: 0, max: 200 })
      .check('indicatorIds', (input.indicatorIds ?? []).length <= 500, 'outOfRange', { min: 0, max: 500 })
      .throwIfInvalid();
    if (!tenantId || !(await this.members.areMembersOf(tenantId, [input.headUserId, input.responsibleUserId]))) throw AppError.field('responsibleUserId', 'notMember');
    const em = this.db.em();
    const tasks = [...new Set(input.taskIds ?? [])];
    const inds = [...new Set(input.indicatorIds ?? [])];
    for (const id of [...tasks, ...inds]) requireUuid(id);
    if (tasks.length && (await em.count(ConstructionTask, { id: { $in: tasks } })) !== tasks.length) throw AppError.field('taskIds', 'invalidId');
    if (inds.length && (await em.count(PerformanceIndicator, { id: { $in: inds } })) !== inds.length) throw AppError.field('indicatorIds', 'invalidId');
  }
}
