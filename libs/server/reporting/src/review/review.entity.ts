import { EntitySchema } from '@mikro-orm/postgresql';
import { tenantFilter } from '@dsg/server-core';
import type { PeriodSnapshot } from '@dsg/server-core';
import type { ReviewItemState, ReviewPosition, ReviewStep } from '../domain/review-chain.js';

/** 审核流程: the institution's configured review steps and its construction group (建设组). */
export class ReviewChain {
  id!: string;
  tenantId!: string;
  steps: ReviewStep[] = [];
  groupReviewerIds: string[] = [];
  updatedBy: string | null = null;
  updatedAt: Date = new Date();
}

export const ReviewChainSchema = new EntitySchema<ReviewChain>({
  class: ReviewChain,
  tableName: 'review_chain',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', unique: true },
    steps: { type: 'text[]' },
    groupReviewerIds: { type: 'text[]' },
    updatedBy: { type: 'uuid', nullable: true },
    updatedAt: { type: 'datetime', length: 6, onUpdate: () => new Date() },
  },
  filters: tenantFilter(),
});

/** The task's part of what was approved: its subtree's tasks, indicators and milestones. */
export type ApprovedData = Pick<PeriodSnapshot, 'tasks' | 'indicators' | 'milestones'>;

/** 审核项: one top-level task's period data on its way through the review chain. */
export class ReviewItem {
  id!: string;
  tenantId!: string;
  reportId!: string;
  revision!: number;
  taskId!: string;
  taskCode!: string;
  taskTitle!: string;
  leadDepartmentId: string | null = null;
  responsibleUserIds: string[] = [];
  /** The construction group's reviewers, copied from the chain when the item is submitted. */
  groupReviewerIds: string[] = [];
  state: ReviewItemState = 'DRAFT';
  step: ReviewStep | null = null;
  /** Who acts next (derived from state and step, stored so CASL conditions can name it). */
  position: ReviewPosition = 'RESPONSIBLE';
  version = 1;
  approvedData: ApprovedData | null = null;
  updatedAt: Date = new Date();
}

export const ReviewItemSchema = new EntitySchema<ReviewItem>({
  class: ReviewItem,
  tableName: 'review_item',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    reportId: { type: 'uuid' },
    revision: { type: 'int' },
    taskId: { type: 'uuid' },
    taskCode: { type: 'string', length: 20 },
    taskTitle: { type: 'string', length: 300 },
    leadDepartmentId: { type: 'uuid', nullable: true },
    responsibleUserIds: { type: 'text[]' },
    groupReviewerIds: { type: 'text[]' },
    state: { type: 'string', length: 20 },
    step: { type: 'string', length: 30, nullable: true },
    position: { type: 'string', length: 30 },
    version: { type: 'int', version: true },
    approvedData: { type: 'json', nullable: true },
    updatedAt: { type: 'datetime', length: 6, onUpdate: () => new Date() },
  },
  uniques: [{ properties: ['tenantId', 'id'] }, { properties: ['reportId', 'revision', 'taskId'] }],
  filters: tenantFilter(),
});
