import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import {
  AppError, Db, InputValidator, RequestContext, assertCan, newId, paginate, requireUuid, toQuery, emptyConnection,
  type Connection, type PageArgs,
} from '@dsg/server-core';
import { Programme } from './programme.entity.js';
import type { ProgrammeInput, UpdateProgrammeInput } from './programme.type.js';
import type { ProgrammeType } from './programme.type.js';

export function toProgrammeType(p: Programme): ProgrammeType {
  return { ...p, calendar: { frequency: p.frequency, dueDaysAfterPeriodEnd: p.dueDaysAfterPeriodEnd } };
}

function validate(input: ProgrammeInput): void {
  new InputValidator()
    .text('code', input.code, { required: true, max: 40, pattern: /^[A-Za-z0-9_-]{2,40}$/ })
    .text('name', input.name, { required: true, max: 200 })
    .text('nameEn', input.nameEn, { max: 200 })
    .int('startYear', input.startYear, 2000, 2100)
    .int('endYear', input.endYear, input.startYear ?? 2000, 2100)
    .int('dueDaysAfterPeriodEnd', input.dueDaysAfterPeriodEnd, 0, 120)
    .check('tracks', (input.tracks ?? []).length > 0, 'required')
    .check('tiers', (input.tiers ?? []).every((t) => t.length > 0 && t.length <= 10), 'tooLong', { max: 10 })
    .throwIfInvalid();
}

/** 建设计划: readable by everyone signed in; created and changed by the owning agency. */
@Injectable()
export class ProgrammeService {
  constructor(private readonly db: Db) {}

  list(args: PageArgs): Promise<Connection<Programme>> {
    const where = toQuery('read', 'Programme');
    if (!where) return Promise.resolve(emptyConnection());
    return paginate(this.db.em(), Programme, where, args, 'code');
  }

  async get(id: string): Promise<Programme> {
    const p = await this.db.em().findOne(Programme, { id: requireUuid(id) });
    if (!p) throw AppError.notFound();
    return p;
  }

  byIds(ids: readonly string[]): Promise<Programme[]> {
    return this.db.em().find(Programme, { id: { $in: [...ids] } });
  }

  async create(input: ProgrammeInput): Promise<Programme> {
    validate(input);
    const actor = RequestContext.current().requireActor();
    if (!actor.agencyId) throw AppError.forbidden();
    const em = this.db.em();
    const p = em.create(Programme, { id: newId(), agencyId: actor.agencyId, ...this.fields(input) } as Programme);
    assertCan('create', 'Programme', p);
    await this.save(p);
    return p;
  }

  async update(input: UpdateProgrammeInput): Promise<Programme> {
    validate(input);
    const p = await this.get(input.id);
    assertCan('update', 'Programme', p);
    Object.assign(p, this.fields(input));
    await this.save(p);
    return p;
  }

  private fields(input: ProgrammeInput) {
    return {
      code: input.code,
      name: input.name.trim(),
      nameEn: input.nameEn ?? null,
      startYear: input.startYear,
      endYear: input.endYear,
      tracks: [...new Set(input.tracks)],
      tiers: input.tiers,
      frequency: input.frequency,
      dueDaysAfterPeriodEnd: input.dueDaysAfterPeriodEnd,
    };
  }

  private async save(_p: Programme): Promise<void> {
    try {
      await this.db.em().flush();
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) throw AppError.field('code', 'duplicate', { what: 'code' });
      throw e;
    }
  }
}
