import { Inject, Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import {
  AppError, Db, InputValidator, MEMBER_DIRECTORY, ORGANISATION_DIRECTORY, RequestContext, assertCan, newId, requireUuid,
  type MemberDirectory, type OrganisationDirectory,
} from '@dsg/server-core';
import { TaskBook, TaskBookVersion } from '../task-book/task-book.entity.js';
import { documentOf } from './document-of.js';

/**
 * Versions of a task book (ADR 0008). Version 1: the 双高办 submits the draft plan; the agency
 * running the programme approves it (it becomes the current version and plan edits lock) or
 * returns it with a reason (the draft stays editable and can be submitted again).
 */
@Injectable()
export class VersionService {
  constructor(
    private readonly db: Db,
    @Inject(ORGANISATION_DIRECTORY) private readonly orgs: OrganisationDirectory,
    @Inject(MEMBER_DIRECTORY) private readonly members: MemberDirectory,
  ) {}

  ofBooks(bookIds: readonly string[]): Promise<TaskBookVersion[]> {
    return this.db.em().find(TaskBookVersion, { taskBookId: { $in: [...bookIds] } }, { orderBy: { number: 'asc' } });
  }

  async snapshot(versionId: string): Promise<unknown> {
    const v = await this.db.em().findOne(TaskBookVersion, { id: versionId }, { populate: ['snapshot'] as never });
    return v?.snapshot ?? null;
  }

  async submit(taskBookId: string): Promise<TaskBookVersion> {
    const actor = RequestContext.current().requireActor();
    return this.db.em().transactional(async (em) => {
      const book = await em.findOne(TaskBook, { id: requireUuid(taskBookId) });
      if (!book) throw AppError.notFound();
      assertCan('create', 'TaskBookVersion', { tenantId: book.tenantId });
      if (book.currentVersionId) throw AppError.conflict('taskBookLocked');
      const versions = await em.find(TaskBookVersion, { taskBookId: book.id });
      if (versions.some((v) => v.status === 'SUBMITTED')) throw AppError.conflict('versionPending');
      const doc = await documentOf(em, book, this.orgs, this.members);
      if (doc.tasks.length === 0) throw AppError.field('taskBookId', 'emptyTaskBook');
      return em.create(TaskBookVersion, {
        id: newId(), tenantId: book.tenantId, taskBookId: book.id, number: versions.reduce((n, v) => Math.max(n, v.number), 0) + 1,
        status: 'SUBMITTED', snapshot: doc, submittedBy: actor.userId, submittedAt: new Date(),
      } as TaskBookVersion);
    });
  }

  async decide(input: { versionId: string; approve: boolean; note?: string | null }): Promise<TaskBookVersion> {
    const actor = RequestContext.current().requireActor();
    const v = new InputValidator().uuid('versionId', input.versionId).text('note', input.note, { max: 2000 });
    if (!input.approve) v.text('note', input.note, { required: true, max: 2000 });
    v.throwIfInvalid();
    return this.db.em().transactional(async (em) => {
      const version = await em.findOne(TaskBookVersion, { id: input.versionId });
      if (!version) throw AppError.notFound();
      const book = await em.findOneOrFail(TaskBook, { id: version.taskBookId });
      const agencyId = await this.orgs.agencyOfEnrolment(book.enrolmentId);
      assertCan('update', 'TaskBookVersion', subject('TaskBookVersion', { tenantId: book.tenantId, agencyId }));
      if (version.status !== 'SUBMITTED') throw AppError.conflict('versionNotPending');
      version.status = input.approve ? 'APPROVED' : 'REJECTED';
      version.decidedBy = actor.userId;
      version.decidedAt = new Date();
      version.decisionNote = input.note?.trim() || null;
      if (input.approve) {
        const previous = book.currentVersionId ? await em.findOne(TaskBookVersion, { id: book.currentVersionId }) : null;
        if (previous) previous.status = 'SUPERSEDED';
        book.currentVersionId = version.id;
      }
      return version;
    });
  }
}
