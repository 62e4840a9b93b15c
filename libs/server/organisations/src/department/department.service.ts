import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { JOB_NAMES, type ImportDepartmentsPayload } from '@dsg/contracts';
import {
  AppError, Db, InputValidator, QueueService, RequestContext, assertCan, emptyConnection, newId, paginate, requireUuid, toQuery,
  type Connection, type JobRun, type PageArgs,
} from '@dsg/server-core';
import { DEPARTMENT_KINDS, Department, type DepartmentKind } from './department.entity.js';
import type { CreateDepartmentInput, ImportDepartmentsInput, UpdateDepartmentInput } from './department.type.js';

const CODE = /^[A-Za-z0-9_-]{1,40}$/;
export const MAX_IMPORT_BYTES = 1_000_000;

/** 二级部门 of the actor's institution (or, read-only, of institutions an agency oversees). */
@Injectable()
export class DepartmentService {
  constructor(
    private readonly db: Db,
    private readonly queue: QueueService,
  ) {}

  list(args: PageArgs): Promise<Connection<Department>> {
    const where = toQuery('read', 'Department');
    if (!where) return Promise.resolve(emptyConnection());
    return paginate(this.db.em(), Department, where, args, 'code');
  }

  /** All departments of the given institutions, visible to the actor (DataLoader batch). */
  ofInstitutions(ids: readonly string[]): Promise<Department[]> {
    const where = toQuery('read', 'Department');
    if (!where) return Promise.resolve([]);
    return this.db.em().find(Department, { $and: [where, { tenantId: { $in: [...ids] } }] }, { orderBy: { code: 'asc', id: 'asc' } });
  }

  async create(input: CreateDepartmentInput): Promise<Department> {
    const actor = RequestContext.current().requireActor();
    this.validate(input, true);
    const em = this.db.em();
    const d = em.create(Department, {
      id: newId(), tenantId: actor.tenantId, code: input.code.trim(), name: input.name.trim(), nameEn: input.nameEn ?? null, kind: input.kind,
    } as Department);
    assertCan('create', 'Department', d);
    await this.flush();
    return d;
  }

  async update(input: UpdateDepartmentInput): Promise<Department> {
    this.validate(input, false);
    const d = await this.find(input.id);
    assertCan('update', 'Department', d);
    if (input.name?.trim()) d.name = input.name.trim();
    if (input.nameEn !== undefined) d.nameEn = input.nameEn;
    if (input.kind) d.kind = input.kind;
    await this.flush();
    return d;
  }

  async delete(id: string): Promise<boolean> {
    const d = await this.find(id);
    assertCan('delete', 'Department', d);
    const em = this.db.em();
    em.remove(d);
    try {
      await em.flush();
    } catch (e) {
      if (e instanceof Error && /foreign key/i.test(e.message)) throw AppError.conflict();
      throw e;
    }
    return true;
  }

  /** Queues the CSV import; the worker validates every row first and writes nothing if one is wrong. */
  async import(input: ImportDepartmentsInput): Promise<JobRun> {
    const v = new InputValidator().text('csv', input.csv, { required: true, max: MAX_IMPORT_BYTES }).text('requestKey', input.requestKey, { max: 100 });
    v.throwIfInvalid();
    const probe = { tenantId: RequestContext.current().requireActor().tenantId };
    assertCan('create', 'Department', probe);
    const key = input.requestKey ?? createHash('sha256').update(input.csv).digest('hex');
    return this.queue.enqueue<ImportDepartmentsPayload>({
      name: JOB_NAMES.importDepartments,
      payload: { csv: input.csv },
      idempotencyKey: `departments:${key}`,
    });
  }

  private async find(id: string): Promise<Department> {
    const d = await this.db.em().findOne(Department, { id: requireUuid(id) });
    if (!d) throw AppError.notFound();
    return d;
  }

  private validate(input: { id?: string; code?: string; name?: string | null; nameEn?: string | null; kind?: DepartmentKind | null }, creating: boolean): void {
    const v = new InputValidator();
    if (!creating) v.uuid('id', input.id);
    if (creating) v.text('code', input.code, { required: true, max: 40, pattern: CODE });
    v.text('name', input.name, { required: creating, max: 200 }).text('nameEn', input.nameEn, { max: 200 });
    if (input.kind) v.check('kind', DEPARTMENT_KINDS.includes(input.kind), 'invalidFormat');
    v.throwIfInvalid();
  }

  private async flush(): Promise<void> {
    try {
      await this.db.em().flush();
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) throw AppError.field('code', 'duplicate', { what: 'code' });
      throw e;
    }
  }
}
