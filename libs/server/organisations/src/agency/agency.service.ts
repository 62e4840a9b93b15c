import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { AppError, Db, InputValidator, newId, paginate, requireUuid, type Connection, type PageArgs } from '@dsg/server-core';
import { Agency } from './agency.entity.js';
import type { CreateAgencyInput } from './agency.type.js';

const CODE = /^[A-Za-z0-9_-]{2,40}$/;

@Injectable()
export class AgencyService {
  constructor(private readonly db: Db) {}

  list(args: PageArgs): Promise<Connection<Agency>> {
    return paginate(this.db.em(), Agency, {}, args, 'code');
  }

  async get(id: string): Promise<Agency> {
    const agency = await this.db.em().findOne(Agency, { id: requireUuid(id) });
    if (!agency) throw AppError.notFound();
    return agency;
  }

  async byIds(ids: readonly string[]): Promise<Agency[]> {
    return this.db.em().find(Agency, { id: { $in: [...ids] } });
  }

  /** Agencies are platform content: created through the logged bypass by the platform operator. */
  async create(input: CreateAgencyInput): Promise<Agency> {
    new InputValidator()
      .text('code', input.code, { required: true, max: 40, pattern: CODE })
      .text('name', input.name, { required: true, max: 200 })
      .text('nameEn', input.nameEn, { max: 200 })
      .text('region', input.region, { required: true, max: 60 })
      .throwIfInvalid();
    return this.db.asPlatform('platform creates an agency', async (em) => {
      const agency = em.create(Agency, { id: newId(), code: input.code, name: input.name.trim(), nameEn: input.nameEn ?? null, level: input.level, region: input.region.trim() } as Agency);
      try {
        await em.flush();
      } catch (e) {
        if (e instanceof UniqueConstraintViolationException) throw AppError.field('code', 'duplicate', { what: 'code' });
        throw e;
      }
      return agency;
    });
  }
}
