import { EntitySchema } from '@mikro-orm/postgresql';
import { tenantFilter, tenantPolicies } from '@dsg/server-core';
import type { TaskBookVersionStatus } from '@dsg/contracts';
import type { TaskBookDocument } from '../domain/task-book-document.js';

/** 任务书: one per enrolment (institution × programme × track). */
export class TaskBook {
  id!: string;
  tenantId!: string;
  enrolmentId!: string;
  title!: string;
  startYear!: number;
  endYear!: number;
  /** The approved version people work on; null until version 1 is approved. */
  currentVersionId: string | null = null;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const TaskBookSchema = new EntitySchema<TaskBook>({
  class: TaskBook,
  tableName: 'task_book',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', index: true },
    enrolmentId: { type: 'uuid' },
    title: { type: 'string', length: 300 },
    startYear: { type: 'int' },
    endYear: { type: 'int' },
    currentVersionId: { type: 'uuid', nullable: true },
    createdAt: { type: 'datetime', length: 6 },
    updatedAt: { type: 'datetime', length: 6, onUpdate: () => new Date() },
  },
  uniques: [{ properties: ['tenantId', 'id'] }, { properties: ['tenantId', 'enrolmentId'] }],
  filters: tenantFilter(),
  rowLevelSecurity: 'force',
  policies: [
    ...tenantPolicies('task_book'),
    { name: 'task_book_oversight_decide', command: 'update', using: 'tenant_id in (select app_readable_tenant_ids())', check: 'tenant_id in (select app_readable_tenant_ids())' },
  ],
});

/**
 * A version of a task book: the frozen plan (`snapshot`) as submitted, and the agency's decision.
 * Version 1 is the book itself; later versions come from approved change requests (ADR 0008).
 */
export class TaskBookVersion {
  id!: string;
  tenantId!: string;
  taskBookId!: string;
  number!: number;
  status: TaskBookVersionStatus = 'DRAFT';
  snapshot!: TaskBookDocument;
  /** For change requests: the diff against the version it changes. */
  changes: unknown = null;
  reason: string | null = null;
  submittedBy: string | null = null;
  submittedAt: Date | null = null;
  decidedBy: string | null = null;
  decidedAt: Date | null = null;
  decisionNote: string | null = null;
  createdAt: Date = new Date();
}

export const TaskBookVersionSchema = new EntitySchema<TaskBookVersion>({
  class: TaskBookVersion,
  tableName: 'task_book_version',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', index: true },
    taskBookId: { type: 'uuid', index: true },
    number: { type: 'int' },
    status: { type: 'string', length: 20 },
    snapshot: { type: 'json', lazy: true },
    changes: { type: 'json', nullable: true, lazy: true },
    reason: { type: 'text', nullable: true },
    submittedBy: { type: 'uuid', nullable: true },
    submittedAt: { type: 'datetime', length: 6, nullable: true },
    decidedBy: { type: 'uuid', nullable: true },
    decidedAt: { type: 'datetime', length: 6, nullable: true },
    decisionNote: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', length: 6 },
  },
  uniques: [{ properties: ['tenantId', 'id'] }, { properties: ['taskBookId', 'number'] }],
  filters: tenantFilter(),
  rowLevelSecurity: 'force',
  policies: [
    ...tenantPolicies('task_book_version'),
    { name: 'task_book_version_oversight_decide', command: 'update', using: 'tenant_id in (select app_readable_tenant_ids())', check: 'tenant_id in (select app_readable_tenant_ids())' },
  ],
});
