import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import {
  AppError, Db, InputValidator, RequestContext, assertCan, emptyConnection, newId, paginate, requireUuid, toQuery,
  type Connection, type PageArgs,
} from '@dsg/server-core';
import { TaskBook } from './task-book.entity.js';
import { ConstructionTask } from '../task/construction-task.entity.js';
import type { CreateTaskBookInput } from './task-book.type.js';

interface EnrolmentRow {
  id: string;
  tenant_id: string;
  track: string;
  specialty_group: string | null;
  start_year: number;
  end_year: number;
  programme_name: string;
  institution_name: string;
}

/** 任务书: one per enrolment; the institution's 双高办 creates and manages it (ADR 0008). */
@Injectable()
export class TaskBookService {
  constructor(private readonly db: Db) {}

  list(args: PageArgs): Promise<Connection<TaskBook>> {
    const where = toQuery('read', 'TaskBook');
    if (!where) return Promise.resolve(emptyConnection());
    return paginate(this.db.em(), TaskBook, where, args, 'title');
  }

  async get(id: string): Promise<TaskBook> {
    const book = await this.db.em().findOne(TaskBook, { id: requireUuid(id) });
    if (!book) throw AppError.notFound();
    assertCan('read', 'TaskBook', book);
    return book;
  }

  /** The tree in code order (1, 1.1, 1.1.1, 1.2 …) — the order the colleges read it in. */
  async tasks(bookIds: readonly string[]): Promise<ConstructionTask[]> {
    const rows = await this.db.em().find(ConstructionTask, { taskBookId: { $in: [...bookIds] } });
    const key = (code: string) => code.split('.').map((n) => n.padStart(4, '0')).join('.');
    return rows.sort((a, b) => (key(a.code) < key(b.code) ? -1 : key(a.code) > key(b.code) ? 1 : 0));
  }

  async create(input: CreateTaskBookInput): Promise<TaskBook> {
    new InputValidator().uuid('enrolmentId', input.enrolmentId).text('title', input.title, { max: 300 }).throwIfInvalid();
    const actor = RequestContext.current().requireActor();
    const em = this.db.em();
    // The enrolment, its programme and the institution's name, as this actor may see them (RLS).
    const [enrolment] = await em.execute<EnrolmentRow[]>(
      `select e.id, e.tenant_id, e.track, e.specialty_group, p.start_year, p.end_year, p.name as programme_name, i.name as institution_name
         from enrolment e join programme p on p.id = e.programme_id join institution i on i.id = e.tenant_id
        where e.id = ? and e.tenant_id = ? and e.status = 'ACTIVE'`,
      [input.enrolmentId, actor.tenantId],
    );
    if (!enrolment) throw AppError.notFound();
    const suffix = enrolment.specialty_group ? ` · ${enrolment.specialty_group}` : '';
    const book = em.create(TaskBook, {
      id: newId(),
      tenantId: enrolment.tenant_id,
      enrolmentId: enrolment.id,
      title: input.title?.trim() || `${enrolment.institution_name} ${enrolment.programme_name}${suffix} 任务书`,
      startYear: enrolment.start_year,
      endYear: enrolment.end_year,
    } as TaskBook);
    assertCan('create', 'TaskBook', book);
    try {
      await em.flush();
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) throw AppError.conflict('duplicate');
      throw e;
    }
    return book;
  }
}
