import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import {
  AppError, Db, MEMBER_DIRECTORY, ORGANISATION_DIRECTORY, QueueService, RequestContext, assertCan, isStorageError, requireUuid,
  type EvidenceStorage, type JobRun, type MemberDirectory, type OrganisationDirectory,
} from '@dsg/server-core';
import { TaskBook } from '../task-book/task-book.entity.js';
import { documentOf } from '../version/document-of.js';
import { buildTemplateWorkbook, writeTaskBookWorkbook, MAX_FILE_BYTES } from '../excel/task-book-workbook.js';

export const WORKBOOK_STORAGE = Symbol('WORKBOOK_STORAGE');
export const IMPORT_WORKBOOK_JOB = 'taskBook.import-workbook';

export interface ImportWorkbookPayload {
  taskBookId: string;
  storageKey: string;
}

/** Excel in and out of a task book (layout: docs/task-book-workbook.md). */
@Injectable()
export class WorkbookService {
  constructor(
    private readonly db: Db,
    private readonly queue: QueueService,
    @Inject(WORKBOOK_STORAGE) private readonly storage: EvidenceStorage,
    @Inject(ORGANISATION_DIRECTORY) private readonly orgs: OrganisationDirectory,
    @Inject(MEMBER_DIRECTORY) private readonly members: MemberDirectory,
  ) {}

  async book(id: string): Promise<TaskBook> {
    const book = await this.db.em().findOne(TaskBook, { id: requireUuid(id) });
    if (!book) throw AppError.notFound();
    assertCan('read', 'TaskBook', book);
    return book;
  }

  async export(id: string): Promise<{ book: TaskBook; data: Buffer }> {
    const book = await this.book(id);
    return { book, data: await writeTaskBookWorkbook(await documentOf(this.db.em(), book, this.orgs, this.members)) };
  }

  async template(id: string): Promise<Buffer> {
    const book = await this.book(id);
    return buildTemplateWorkbook({ start: book.startYear, end: book.endYear });
  }

  /** Stages the uploaded workbook (streamed) and queues its import; the job validates everything first. */
  async import(id: string, body: Readable): Promise<JobRun> {
    const book = await this.book(id);
    assertCan('update', 'TaskBook', book);
    // On an approved book the import drafts a change request instead of replacing the plan (the job decides).
    const key = `imports/${book.tenantId}/${randomUUID()}.xlsx`;
    try {
      await this.storage.put(key, body, { maxBytes: MAX_FILE_BYTES, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    } catch (e) {
      if (isStorageError(e, 'TOO_LARGE')) throw AppError.field('file', 'fileTooLarge', { limit: `${MAX_FILE_BYTES / 1048576} MB` });
      throw e;
    }
    const requestId = RequestContext.current().requestId;
    return this.queue.enqueue<ImportWorkbookPayload>({ name: IMPORT_WORKBOOK_JOB, payload: { taskBookId: book.id, storageKey: key }, idempotencyKey: `workbook:${requestId}` });
  }
}
