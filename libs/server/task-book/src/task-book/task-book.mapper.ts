import type { TaskBook } from './task-book.entity.js';
import type { ConstructionTask } from '../task/construction-task.entity.js';
import type { ConstructionTaskType, TaskBookType } from './task-book.type.js';

export function toTaskBookType(b: TaskBook): TaskBookType {
  return { id: b.id, institutionId: b.tenantId, enrolmentId: b.enrolmentId, title: b.title, startYear: b.startYear, endYear: b.endYear, currentVersionId: b.currentVersionId };
}

/** Carries the (not exposed) book id along for batched fund figures. */
export function toTaskType(t: ConstructionTask): ConstructionTaskType & { taskBookId: string } {
  return {
    taskBookId: t.taskBookId,
    id: t.id, parentId: t.parentId, code: t.code, level: t.level, title: t.title, description: t.description,
    leadDepartmentId: t.leadDepartmentId, cooperatingDepartmentIds: t.cooperatingDepartmentIds, leaderUserId: t.leaderUserId,
    projectLeaderUserId: t.projectLeaderUserId, startDate: t.startDate, endDate: t.endDate, status: t.status, progress: t.progress,
  };
}
