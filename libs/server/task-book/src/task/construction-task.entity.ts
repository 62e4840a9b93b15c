import { EntitySchema } from '@mikro-orm/postgresql';
import { tenantFilter, tenantPolicies } from '@dsg/server-core';
import type { TaskStatus } from '@dsg/contracts';

/**
 * 建设任务: a node of the three-level tree (一级任务 → 二级任务 → 举措/项目). `code` (1.2.3) is
 * derived from parent and position and kept consistent by the service on insert, move and delete.
 */
export class ConstructionTask {
  id!: string;
  tenantId!: string;
  taskBookId!: string;
  parentId: string | null = null;
  position = 0;
  code!: string;
  level!: number;
  title!: string;
  description: string | null = null;
  leadDepartmentId: string | null = null;
  cooperatingDepartmentIds: string[] = [];
  /** 领衔分管领导 */
  leaderUserId: string | null = null;
  /** 项目带头人 */
  projectLeaderUserId: string | null = null;
  memberUserIds: string[] = [];
  startDate: string | null = null;
  endDate: string | null = null;
  status: TaskStatus = 'NOT_STARTED';
  /** 0–100, reported by the responsible person. */
  progress = 0;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const ConstructionTaskSchema = new EntitySchema<ConstructionTask>({
  class: ConstructionTask,
  tableName: 'construction_task',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', index: true },
    taskBookId: { type: 'uuid', index: true },
    parentId: { type: 'uuid', nullable: true, index: true },
    position: { type: 'int' },
    code: { type: 'string', length: 20 },
    level: { type: 'smallint' },
    title: { type: 'string', length: 300 },
    description: { type: 'text', nullable: true },
    leadDepartmentId: { type: 'uuid', nullable: true },
    cooperatingDepartmentIds: { type: 'uuid[]' },
    leaderUserId: { type: 'uuid', nullable: true },
    projectLeaderUserId: { type: 'uuid', nullable: true },
    memberUserIds: { type: 'uuid[]' },
    startDate: { type: 'date', nullable: true },
    endDate: { type: 'date', nullable: true },
    status: { type: 'string', length: 20 },
    progress: { type: 'smallint' },
    createdAt: { type: 'datetime', length: 6 },
    updatedAt: { type: 'datetime', length: 6, onUpdate: () => new Date() },
  },
  uniques: [{ properties: ['tenantId', 'id'] }],
  filters: tenantFilter(),
  rowLevelSecurity: 'force',
  policies: tenantPolicies('construction_task'),
});
