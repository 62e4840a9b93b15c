import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/postgresql';
import {
  AppError, Db, InputValidator, assertCan, emptyConnection, newId, paginate, requireUuid, toQuery, type Connection,
} from '@dsg/server-core';
import { Institution } from './institution.entity.js';
import { Enrolment } from '../enrolment/enrolment.entity.js';
import type { CreateInstitutionInput, InstitutionsArgs, UpdateInstitutionInput } from './institution.type.js';

/**
 * 院校. Who sees which: an institution's own users their institution; an agency the institutions
 * enrolled in its programmes (tenant filter + RLS); the platform operator all, through the bypass.
 */
@Injectable()
export class InstitutionService {
  constructor(private readonly db: Db) {}

  async list(args: InstitutionsArgs): Promise<Connection<Institution>> {
    const f = args.filter ?? {};
    const v = new InputValidator().text('filter.search', f.search, { max: 100 });
    if (f.programmeId) v.uuid('filter.programmeId', f.programmeId);
    v.throwIfInvalid();
    const rules = toQuery('read', 'Institution');
    if (!rules) return emptyConnection();
    return this.db.directory('platform institution directory', async (em) => {
      const where: FilterQuery<Institution>[] = [rules as FilterQuery<Institution>];
      if (f.search?.trim()) {
        const like = `%${f.search.trim().replace(/[%_\\]/g, '\\$&')}%`;
        where.push({ $or: [{ name: { $ilike: like } }, { code: { $ilike: like } }, { province: { $ilike: like } }] });
      }
      if (f.programmeId) {
        const enrolled = await em.find(Enrolment, { programmeId: f.programmeId, status: 'ACTIVE' }, { fields: ['tenantId'] });
        where.push({ id: { $in: enrolled.map((e) => e.tenantId) } });
      }
      return paginate(em, Institution, { $and: where }, args, 'code');
    });
  }

  async get(id: string): Promise<Institution> {
    requireUuid(id);
    return this.db.directory('platform institution directory', async (em) => {
      const inst = await em.findOne(Institution, { id });
      if (!inst) throw AppError.notFound();
      assertCan('read', 'Institution', inst);
      return inst;
    });
  }

  byIds(ids: readonly string[]): Promise<Institution[]> {
    return this.db.directory('platform institution directory', (em) => em.find(Institution, { id: { $in: [...ids] } }));
  }

  async create(input: CreateInstitutionInput): Promise<Institution> {
    new InputValidator()
      .text('code', input.code, { required: true, max: 40, pattern: /^[A-Za-z0-9_-]{2,40}$/ })
      .text('name', input.name, { required: true, max: 200 })
      .text('nameEn', input.nameEn, { max: 200 })
      .text('province', input.province, { required: true, max: 60 })
      .text('city', input.city, { max: 60 })
      .throwIfInvalid();
    return this.db.asPlatform('platform creates an institution (tenant)', async (em) => {
      const inst = em.create(Institution, {
        id: newId(), code: input.code, name: input.name.trim(), nameEn: input.nameEn ?? null, province: input.province.trim(), city: input.city ?? null,
      } as Institution);
      try {
        await em.flush();
      } catch (e) {
        if (e instanceof UniqueConstraintViolationException) throw AppError.field('code', 'duplicate', { what: 'code' });
        throw e;
      }
      return inst;
    });
  }

  async update(input: UpdateInstitutionInput): Promise<Institution> {
    new InputValidator()
      .uuid('id', input.id)
      .text('name', input.name, { max: 200 })
      .text('nameEn', input.nameEn, { max: 200 })
      .text('city', input.city, { max: 60 })
      .throwIfInvalid();
    return this.db.directory('platform edits an institution', async (em) => {
      const inst = await em.findOne(Institution, { id: input.id });
      if (!inst) throw AppError.notFound();
      assertCan('update', 'Institution', inst);
      if (input.name?.trim()) inst.name = input.name.trim();
      if (input.nameEn !== undefined) inst.nameEn = input.nameEn;
      if (input.city !== undefined) inst.city = input.city;
      await em.flush();
      return inst;
    });
  }
}
