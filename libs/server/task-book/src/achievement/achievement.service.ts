import { Injectable } from '@nestjs/common';
import { ACHIEVEMENT_LEVELS } from '@dsg/contracts';
import {
  AppError, Db, InputValidator, RequestContext, assertCan, emptyConnection, newId, paginate, requireUuid, toQuery,
  type Connection,
} from '@dsg/server-core';
import { Achievement } from './achievement.entity.js';
import { ConstructionTask } from '../task/construction-task.entity.js';
import { isIsoDate } from '@dsg/contracts';
import type { AchievementInput, AchievementsArgs, UpdateAchievementInput } from './achievement.type.js';

/** Case write-ups of provincial-or-higher achievements: at least this many characters (national rule). */
export const MIN_CASE_LENGTH = 1000;

/** 标志性成果 of the actor's institution (agencies read those of enrolled institutions). */
@Injectable()
export class AchievementService {
  constructor(private readonly db: Db) {}

  list(args: AchievementsArgs): Promise<Connection<Achievement>> {
    const rules = toQuery('read', 'Achievement');
    if (!rules) return Promise.resolve(emptyConnection());
    new InputValidator().int('year', args.year, 1990, 2100).throwIfInvalid();
    const where: Record<string, unknown>[] = [rules];
    if (args.year) where.push({ awardedOn: { $gte: `${args.year}-01-01`, $lte: `${args.year}-12-31` } });
    if (args.level) where.push({ level: args.level });
    return paginate<Achievement>(this.db.em(), Achievement, { $and: where } as never, args, 'awardedOn', 'desc');
  }

  /** Every achievement the actor may read (for the counts view). */
  all(): Promise<Achievement[]> {
    const rules = toQuery('read', 'Achievement');
    return rules ? this.db.em().find(Achievement, rules) : Promise.resolve([]);
  }

  async create(input: AchievementInput): Promise<Achievement> {
    const actor = RequestContext.current().requireActor();
    await this.validate(input);
    const em = this.db.em();
    const a = em.create(Achievement, { id: newId(), tenantId: actor.tenantId, createdBy: actor.userId, ...this.fields(input) } as Achievement);
    assertCan('create', 'Achievement', a);
    await em.flush();
    return a;
  }

  async update(input: UpdateAchievementInput): Promise<Achievement> {
    await this.validate(input);
    const em = this.db.em();
    const a = await em.findOne(Achievement, { id: requireUuid(input.id) });
    if (!a) throw AppError.notFound();
    assertCan('update', 'Achievement', a);
    Object.assign(a, this.fields(input));
    await em.flush();
    return a;
  }

  async delete(id: string): Promise<boolean> {
    const em = this.db.em();
    const a = await em.findOne(Achievement, { id: requireUuid(id) });
    if (!a) throw AppError.notFound();
    assertCan('delete', 'Achievement', a);
    em.remove(a);
    await em.flush();
    return true;
  }

  private fields(input: AchievementInput) {
    return {
      title: input.title.trim(), level: input.level, category: input.category.trim(), awardedOn: input.awardedOn,
      awardingBody: input.awardingBody?.trim() || null, quantity: input.quantity ?? 1, linkedTaskIds: [...new Set(input.linkedTaskIds ?? [])],
      caseWriteUp: input.caseWriteUp?.trim() || null,
    };
  }

  private async validate(input: AchievementInput): Promise<void> {
    const needsCase = input.level === 'NATIONAL' || input.level === 'PROVINCIAL';
    const v = new InputValidator()
      .text('title', input.title, { required: true, max: 300 })
      .check('level', ACHIEVEMENT_LEVELS.includes(input.level), 'invalidFormat')
      .text('category', input.category, { required: true, max: 60 })
      .check('awardedOn', isIsoDate(input.awardedOn ?? ''), 'invalidFormat')
      .text('awardingBody', input.awardingBody, { max: 200 })
      .int('quantity', input.quantity ?? 1, 1, 10_000)
      .check('linkedTaskIds', (input.linkedTaskIds ?? []).length <= 50, 'outOfRange', { min: 0, max: 50 });
    if (needsCase) v.text('caseWriteUp', input.caseWriteUp, { required: true, min: MIN_CASE_LENGTH, max: 50_000 });
    else v.text('caseWriteUp', input.caseWriteUp, { max: 50_000 });
    v.throwIfInvalid();
    const ids = [...new Set(input.linkedTaskIds ?? [])];
    for (const id of ids) requireUuid(id);
    if (ids.length && (await this.db.em().count(ConstructionTask, { id: { $in: ids } })) !== ids.length) throw AppError.field('linkedTaskIds', 'invalidId');
  }
}
