import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  JobRegistry, JobRejected, MEMBER_DIRECTORY, ORGANISATION_DIRECTORY, AppError,
  type EvidenceStorage, type JobContext, type MemberDirectory, type OrganisationDirectory,
} from '@dsg/server-core';
import { TaskBook } from '../task-book/task-book.entity.js';
import { readTaskBookWorkbook } from '../excel/task-book-workbook.js';
import { replacePlan } from '../version/replace-plan.js';
import { IMPORT_WORKBOOK_JOB, WORKBOOK_STORAGE, type ImportWorkbookPayload } from './workbook.service.js';

/**
 * Worker job: reads a staged workbook, validates every row (nothing is written when any is wrong:
 * the run ends FAILED with the row/column/message report), then replaces the draft plan.
 */
@Injectable()
export class ImportWorkbookJob implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    @Inject(WORKBOOK_STORAGE) private readonly storage: EvidenceStorage,
    @Inject(ORGANISATION_DIRECTORY) private readonly orgs: OrganisationDirectory,
    @Inject(MEMBER_DIRECTORY) private readonly members: MemberDirectory,
  ) {}

  onModuleInit(): void {
    this.registry.register<ImportWorkbookPayload>(IMPORT_WORKBOOK_JOB, (ctx) => this.run(ctx));
  }

  async run({ payload, em, progress }: JobContext<ImportWorkbookPayload>): Promise<{ tasks: number; indicators: number; milestones: number; budgets: number }> {
    const book = await em.findOne(TaskBook, { id: payload.taskBookId });
    if (!book) throw new JobRejected('task book not found', { problems: [] });
    if (book.currentVersionId) throw new JobRejected('the task book is approved: use a change request', { problems: [] });
    const [departments, users] = await Promise.all([this.orgs.departmentCodes(book.tenantId), this.members.membersByUsername(book.tenantId)]);
    let last = 0;
    const result = await readTaskBookWorkbook(await this.storage.get(payload.storageKey), {
      departmentCodes: new Set(departments.values()),
      usernames: new Set(users.keys()),
      startYear: book.startYear,
      endYear: book.endYear,
      onProgress: (p) => {
        const scaled = Math.floor(p / 2);
        if (scaled >= last + 10) void progress((last = scaled));
      },
    });
    if (!result.ok) throw new JobRejected(`${result.problems.length} problem(s) in the workbook; nothing was imported`, { problems: result.problems });
    const codeToId = new Map([...departments].map(([id, code]) => [code, id]));
    try {
      await em.transactional((tx) => replacePlan(tx, book, result.document, { departments: codeToId, users }, (p) => progress(p)));
    } catch (e) {
      if (e instanceof AppError) throw new JobRejected(e.text.en, { problems: [{ sheet: '', row: 0, column: '', message: e.text }] });
      throw e;
    }
    await this.storage.delete(payload.storageKey).catch(() => undefined);
    const d = result.document;
    return { tasks: d.tasks.length, indicators: d.indicators.length, milestones: d.milestones.length, budgets: d.budgets.length };
  }
}
