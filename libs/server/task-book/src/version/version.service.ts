import { Inject, Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import {
  AppError, Db, InputValidator, MEMBER_DIRECTORY, ORGANISATION_DIRECTORY, RequestContext, assertCan, newId, requireUuid,
  type MemberDirectory, type OrganisationDirectory,
} from '@dsg/server-core';
import { TaskBook, TaskBookVersion } from '../task-book/task-book.entity.js';
import { documentOf } from './document-of.js';
import { mergePlan } from './merge-plan.js';
import { diffDocuments } from '../domain/document-diff.js';
import type { TaskBookDocument } from '../domain/task-book-document.js';
import type { EntityManager } from '@mikro-orm/postgresql';

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

  async changes(versionId: string): Promise<unknown> {
    const v = await this.db.em().findOne(TaskBookVersion, { id: versionId }, { populate: ['changes'] as never });
    return v?.changes ?? null;
  }

  async snapshot(versionId: string): Promise<unknown> {
    const v = await this.db.em().findOne(TaskBookVersion, { id: versionId }, { populate: ['snapshot'] as never });
    return v?.snapshot ?? null;
  }

  async submit(taskBookId: string, reason?: string | null): Promise<TaskBookVersion> {
    const actor = RequestContext.current().requireActor();
    new InputValidator().text('reason', reason, { max: 4000 }).throwIfInvalid();
    return this.db.em().transactional(async (em) => {
      const book = await em.findOne(TaskBook, { id: requireUuid(taskBookId) });
      if (!book) throw AppError.notFound();
      assertCan('create', 'TaskBookVersion', { tenantId: book.tenantId });
      const versions = await em.find(TaskBookVersion, { taskBookId: book.id }, { populate: ['snapshot'] as never });
      if (versions.some((v) => v.status === 'SUBMITTED')) throw AppError.conflict('versionPending');
      if (book.currentVersionId) return this.submitChangeRequest(em, book, versions, actor.userId, reason);
      const doc = await documentOf(em, book, this.orgs, this.members);
      if (doc.tasks.length === 0) throw AppError.field('taskBookId', 'emptyTaskBook');
      return em.create(TaskBookVersion, {
        id: newId(), tenantId: book.tenantId, taskBookId: book.id, number: versions.reduce((n, v) => Math.max(n, v.number), 0) + 1,
        status: 'SUBMITTED', snapshot: doc, submittedBy: actor.userId, submittedAt: new Date(),
      } as TaskBookVersion);
    });
  }

  /** 任务书调整申请: the drafted proposal goes to the agency, its diff recomputed against the current version. */
  private async submitChangeRequest(em: EntityManager, book: TaskBook, versions: TaskBookVersion[], userId: string, reason?: string | null): Promise<TaskBookVersion> {
    const draft = versions.find((v) => v.status === 'DRAFT');
    if (!draft) throw AppError.conflict('noChangeRequest');
    new InputValidator().text('reason', reason, { required: true, max: 4000 }).throwIfInvalid();
    const current = versions.find((v) => v.id === book.currentVersionId)!;
    draft.changes = diffDocuments(current.snapshot, draft.snapshot);
    draft.status = 'SUBMITTED';
    draft.reason = reason!.trim();
    draft.submittedBy = userId;
    draft.submittedAt = new Date();
    return draft;
  }

  async decide(input: { versionId: string; approve: boolean; note?: string | null }): Promise<TaskBookVersion> {
    const actor = RequestContext.current().requireActor();
    const v = new InputValidator().uuid('versionId', input.versionId).text('note', input.note, { max: 2000 });
    if (!input.approve) v.text('note', input.note, { required: true, max: 2000 });
    v.throwIfInvalid();
    const em0 = this.db.em();
    const found = await em0.findOne(TaskBookVersion, { id: input.versionId });
    if (!found) throw AppError.notFound();
    const book0 = await em0.findOneOrFail(TaskBook, { id: found.taskBookId });
    const agencyId = await this.orgs.agencyOfEnrolment(book0.enrolmentId);
    assertCan('update', 'TaskBookVersion', subject('TaskBookVersion', { tenantId: book0.tenantId, agencyId }));
    // Approving a change request rewrites the institution's plan tables: the agency's decision is
    // carried out through the named platform bypass (logged; every write audited with the officer).
    const approvesChange = input.approve && !!book0.currentVersionId;
    const run = <T>(fn: (em: EntityManager) => Promise<T>) =>
      approvesChange ? this.db.asPlatform(`apply approved change request ${found.id}`, (em) => em.transactional(fn)) : this.db.em().transactional(fn);
    return run(async (em) => {
      const version = await em.findOneOrFail(TaskBookVersion, { id: found.id }, { populate: ['snapshot'] as never });
      const book = await em.findOneOrFail(TaskBook, { id: version.taskBookId });
      if (version.status !== 'SUBMITTED') throw AppError.conflict('versionNotPending');
      if (approvesChange) await this.apply(em, book, version.snapshot);
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

  private async apply(em: EntityManager, book: TaskBook, doc: TaskBookDocument): Promise<void> {
    const [codes, users] = await Promise.all([this.orgs.departmentCodes(book.tenantId), this.members.membersByUsername(book.tenantId)]);
    await mergePlan(em, book, doc, { departments: new Map([...codes].map(([id, code]) => [code, id])), users });
  }
}
