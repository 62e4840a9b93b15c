import { EntitySchema } from '@mikro-orm/postgresql';
import { tenantFilter, tenantPolicies } from '@dsg/server-core';
import type { MilestoneStatus } from '@dsg/contracts';

/** 节点目标: a dated deliverable of a construction task. */
export class Milestone {
  id!: string;
  tenantId!: string;
  taskId!: string;
  title!: string;
  dueDate!: string;
  deliverable: string | null = null;
  status: MilestoneStatus = 'PENDING';
  completedAt: string | null = null;
  completionNote: string | null = null;
  createdAt: Date = new Date();
}

export const MilestoneSchema = new EntitySchema<Milestone>({
  class: Milestone,
  tableName: 'milestone',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', index: true },
    taskId: { type: 'uuid', index: true },
    title: { type: 'string', length: 300 },
    dueDate: { type: 'date' },
    deliverable: { type: 'text', nullable: true },
    status: { type: 'string', length: 20 },
    completedAt: { type: 'date', nullable: true },
    completionNote: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', length: 6 },
  },
  uniques: [{ properties: ['tenantId', 'id'] }],
  filters: tenantFilter(),
  rowLevelSecurity: 'force',
  policies: tenantPolicies('milestone'),
});
