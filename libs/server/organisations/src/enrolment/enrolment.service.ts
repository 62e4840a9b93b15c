import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { AppError, Db, InputValidator, RequestContext, assertCan, newId, requireUuid, toQuery } from '@dsg/server-core';
import { Enrolment } from './enrolment.entity.js';
import { Programme } from '../programme/programme.entity.js';

/** 入选/立项: written by the agency that runs the programme; read by the institution and the agency. */
@Injectable()
export class EnrolmentService {
  constructor(private readonly db: Db) {}

  ofInstitutions(ids: readonly string[]): Promise<Enrolment[]> {
    const where = toQuery('read', 'Enrolment');
    if (!where) return Promise.resolve([]);
    return this.db.directory('platform institution directory', (em) =>
      em.find(Enrolment, { $and: [where, { tenantId: { $in: [...ids] }, status: 'ACTIVE' }] }, { orderBy: { enrolledOn: 'asc', id: 'asc' } }),
    );
  }

  /**
   * An agency enrols an institution in one of its programmes. The institution is named by id only;
   * the agency cannot read it before enrolment, so existence is checked by the foreign key.
   */
  async enrol(input: { institutionId: string; programmeId: string; track: Enrolment['track']; tier?: string | null; specialtyGroup?: string | null; enrolledOn?: string | null }): Promise<Enrolment> {
    new InputValidator()
      .uuid('institutionId', input.institutionId)
      .uuid('programmeId', input.programmeId)
      .text('tier', input.tier, { max: 10 })
      .text('specialtyGroup', input.specialtyGroup, { max: 200 })
      .text('enrolledOn', input.enrolledOn, { max: 10, pattern: /^\d{4}-\d{2}-\d{2}$/ })
      .throwIfInvalid();
    RequestContext.current().requireActor();
    const em = this.db.em();
    const programme = await em.findOne(Programme, { id: input.programmeId });
    if (!programme) throw AppError.notFound();
    if (!programme.tracks.includes(input.track)) throw AppError.field('track', 'invalidFormat');
    const e = em.create(Enrolment, {
      id: newId(),
      tenantId: input.institutionId,
      programmeId: programme.id,
      agencyId: programme.agencyId,
      track: input.track,
      tier: input.tier ?? null,
      specialtyGroup: input.specialtyGroup ?? null,
      enrolledOn: input.enrolledOn ?? null,
    } as Enrolment);
    assertCan('create', 'Enrolment', e);
    try {
      await em.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw AppError.conflict('duplicate', { what: 'enrolment' });
      if (err instanceof Error && /foreign key/i.test(err.message)) throw AppError.notFound();
      throw err;
    }
    return e;
  }

  async withdraw(id: string): Promise<Enrolment> {
    const em = this.db.em();
    const e = await em.findOne(Enrolment, { id: requireUuid(id), status: 'ACTIVE' });
    if (!e) throw AppError.notFound();
    assertCan('update', 'Enrolment', e);
    e.status = 'WITHDRAWN';
    await em.flush();
    return e;
  }
}
