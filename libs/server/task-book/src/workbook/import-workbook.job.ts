import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  JobRegistry, JobRejected, MEMBER_DIRECTORY, ORGANISATION_DIRECTORY, AppError, newId,
  type EvidenceStorage, type JobContext, type MemberDirectory, type OrganisationDirectory,
} from '@dsg/server-core';
import { TaskBook, TaskBookVersion } from '../task-book/task-book.entity.js';
import { diffDocuments } from '../domain/document-diff.js';
import type { TaskBookDocument } from '../domain/task-book-document.js';
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

  async run({ payload, em, progress, envelope }: JobContext<ImportWorkbookPayload>): Promise<Record<string, unknown>> {
    const book = await em.findOne(TaskBook, { id: payload.taskBookId });
    if (!book) throw new JobRejected('task book not found', { problems: [] });
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
    if (book.currentVersionId) return this.draftChangeRequest(em, book, result.document, envelope.actorId);
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

  /**
   * An approved book is not replaced: the workbook becomes the proposal of a change request
   * (任务书调整申请) — the open draft one, or a new one — with its diff against the current version.
   */
  private async draftChangeRequest(em: JobContext<unknown>['em'], book: TaskBook, proposal: TaskBookDocument, actorId: string) {
    return em.transactional(async (tx) => {
      const current = await tx.findOneOrFail(TaskBookVersion, { id: book.currentVersionId! }, { populate: ['snapshot'] as never });
      const versions = await tx.find(TaskBookVersion, { taskBookId: book.id });
      if (versions.some((v) => v.status === 'SUBMITTED')) throw new JobRejected('a change request is awaiting the agency; wait for its decision', { problems: [] });
      const diff = diffDocuments(current.snapshot, { ...proposal, title: book.title });
      const draft = versions.find((v) => v.status === 'DRAFT')
        ?? tx.create(TaskBookVersion, { id: newId(), tenantId: book.tenantId, taskBookId: book.id, number: Math.max(...versions.map((v) => v.number)) + 1, status: 'DRAFT' } as TaskBookVersion);
      draft.snapshot = { ...proposal, title: book.title };
      draft.changes = diff;
      draft.submittedBy = actorId;
      await tx.flush();
      return { changeRequestId: draft.id, number: draft.number, summary: diff.summary };
    });
  }
}
