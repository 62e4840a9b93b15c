import { EntitySchema } from '@mikro-orm/postgresql';
import { tenantFilter, type ActualCorrection, type PeriodFigures, type PeriodSnapshot } from '@dsg/server-core';
import type { ReportState } from '../domain/report-workflow.js';

/** The four sections the colleges write (rich text, sanitised HTML). */
export interface ReportSections {
  progress: string;
  results: string;
  problems: string;
  nextSteps: string;
}

/** 期报告: one institution's report for one period of one enrolment. */
export class PeriodReport {
  id!: string;
  tenantId!: string;
  enrolmentId!: string;
  agencyId!: string;
  programmeId!: string;
  periodId!: string;
  period!: string;
  dueOn!: string;
  state: ReportState = 'DRAFT';
  /** Optimistic version: every transition is `… where version = :seen` (ADR 0011). */
  version = 1;
  currentRevision = 1;
  acceptedRevision: number | null = null;
  submittedToAgencyAt: Date | null = null;
  acceptedAt: Date | null = null;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const PeriodReportSchema = new EntitySchema<PeriodReport>({
  class: PeriodReport,
  tableName: 'period_report',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', index: true },
    enrolmentId: { type: 'uuid' },
    agencyId: { type: 'uuid' },
    programmeId: { type: 'uuid' },
    periodId: { type: 'uuid' },
    period: { type: 'string', length: 10 },
    dueOn: { type: 'date' },
    state: { type: 'string', length: 30 },
    version: { type: 'int', version: true },
    currentRevision: { type: 'int' },
    acceptedRevision: { type: 'int', nullable: true },
    submittedToAgencyAt: { type: 'datetime', length: 6, nullable: true },
    acceptedAt: { type: 'datetime', length: 6, nullable: true },
    createdAt: { type: 'datetime', length: 6 },
    updatedAt: { type: 'datetime', length: 6, onUpdate: () => new Date() },
  },
  uniques: [{ properties: ['tenantId', 'id'] }, { properties: ['enrolmentId', 'periodId'] }],
  filters: tenantFilter(),
});

export type RevisionKind = 'ORIGINAL' | 'CORRECTION';

/** 报告版本: the sections, and once submitted to the agency, the frozen snapshot and figures. */
export class ReportRevision {
  id!: string;
  tenantId!: string;
  reportId!: string;
  agencyId!: string;
  number!: number;
  kind: RevisionKind = 'ORIGINAL';
  state: ReportState = 'DRAFT';
  sections!: ReportSections;
  corrections: ActualCorrection[] = [];
  snapshot: PeriodSnapshot | null = null;
  figures: PeriodFigures | null = null;
  agencyVisible = false;
  submittedToAgencyAt: Date | null = null;
  acceptedAt: Date | null = null;
  createdBy!: string;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const ReportRevisionSchema = new EntitySchema<ReportRevision>({
  class: ReportRevision,
  tableName: 'report_revision',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', index: true },
    reportId: { type: 'uuid' },
    agencyId: { type: 'uuid' },
    number: { type: 'int' },
    kind: { type: 'string', length: 20 },
    state: { type: 'string', length: 30 },
    sections: { type: 'json' },
    corrections: { type: 'json' },
    snapshot: { type: 'json', nullable: true, lazy: true },
    figures: { type: 'json', nullable: true },
    agencyVisible: { type: 'boolean' },
    submittedToAgencyAt: { type: 'datetime', length: 6, nullable: true },
    acceptedAt: { type: 'datetime', length: 6, nullable: true },
    createdBy: { type: 'uuid' },
    createdAt: { type: 'datetime', length: 6 },
    updatedAt: { type: 'datetime', length: 6, onUpdate: () => new Date() },
  },
  uniques: [{ properties: ['tenantId', 'id'] }, { properties: ['reportId', 'number'] }],
  filters: tenantFilter(),
});

/** 流转记录: who moved what from which state to which, when and why (the timeline). */
export class WorkflowTransition {
  id!: string;
  tenantId!: string;
  agencyId!: string;
  reportId!: string;
  revision!: number;
  objectType!: 'PeriodReport' | 'ReviewItem';
  objectId!: string;
  action!: string;
  fromState!: string;
  toState!: string;
  reason: string | null = null;
  actorId!: string;
  actorName!: string;
  agencyVisible = false;
  createdAt: Date = new Date();
}

export const WorkflowTransitionSchema = new EntitySchema<WorkflowTransition>({
  class: WorkflowTransition,
  tableName: 'workflow_transition',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    agencyId: { type: 'uuid' },
    reportId: { type: 'uuid' },
    revision: { type: 'int' },
    objectType: { type: 'string', length: 30 },
    objectId: { type: 'uuid' },
    action: { type: 'string', length: 30 },
    fromState: { type: 'string', length: 40 },
    toState: { type: 'string', length: 40 },
    reason: { type: 'text', nullable: true },
    actorId: { type: 'uuid' },
    actorName: { type: 'string', length: 100 },
    agencyVisible: { type: 'boolean' },
    createdAt: { type: 'datetime', length: 6 },
  },
  uniques: [{ properties: ['tenantId', 'id'] }],
  indexes: [{ properties: ['reportId', 'createdAt'] }],
  filters: tenantFilter(),
});

/** 冻结: an accepted period of one task book; the database refuses writes into it (ADR 0011). */
export class PeriodLock {
  id!: string;
  tenantId!: string;
  agencyId!: string;
  taskBookId!: string;
  reportId!: string;
  period!: string;
  periodEnd!: string;
  lockedBy!: string;
  lockedAt: Date = new Date();
}

export const PeriodLockSchema = new EntitySchema<PeriodLock>({
  class: PeriodLock,
  tableName: 'period_lock',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    agencyId: { type: 'uuid' },
    taskBookId: { type: 'uuid' },
    reportId: { type: 'uuid' },
    period: { type: 'string', length: 10 },
    periodEnd: { type: 'date' },
    lockedBy: { type: 'uuid' },
    lockedAt: { type: 'datetime', length: 6 },
  },
  uniques: [{ properties: ['taskBookId', 'period'] }, { properties: ['tenantId', 'id'] }],
  indexes: [{ properties: ['tenantId', 'taskBookId', 'periodEnd'] }],
  filters: tenantFilter(),
});
