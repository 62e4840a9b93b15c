import type { AddTaskInput, TaskNodeFragment, UpdateTaskInput } from '@dsg/admin-data-access';

/** The plan fields of a task as the form edits them. */
export interface TaskPlanModel {
  title: string;
  description: string;
  leadDepartmentId: string | null;
  cooperatingDepartmentIds: string[];
  leaderUserId: string | null;
  projectLeaderUserId: string | null;
  startDate: string | null;
  endDate: string | null;
}

export function emptyPlan(): TaskPlanModel {
  return {
    title: '',
    description: '',
    leadDepartmentId: null,
    cooperatingDepartmentIds: [],
    leaderUserId: null,
    projectLeaderUserId: null,
    startDate: null,
    endDate: null,
  };
}

export function planOf(task: TaskNodeFragment): TaskPlanModel {
  return {
    title: task.title,
    description: task.description ?? '',
    leadDepartmentId: task.leadDepartmentId,
    cooperatingDepartmentIds: [...task.cooperatingDepartmentIds],
    leaderUserId: task.leaderUserId,
    projectLeaderUserId: task.projectLeaderUserId,
    startDate: task.startDate,
    endDate: task.endDate,
  };
}

/**
 * The API fields of the form: every field is sent, so a cleared picker clears the value (null)
 * rather than keeping the old one (which an omitted field would). Members are not part of the form:
 * the API accepts `memberUserIds` but does not return them, so an edit could only overwrite blindly.
 */
export function planInput(model: TaskPlanModel): Omit<UpdateTaskInput, 'id'> & Omit<AddTaskInput, 'taskBookId'> {
  return {
    title: model.title.trim(),
    description: model.description.trim() || null,
    leadDepartmentId: model.leadDepartmentId || null,
    cooperatingDepartmentIds: model.cooperatingDepartmentIds,
    leaderUserId: model.leaderUserId || null,
    projectLeaderUserId: model.projectLeaderUserId || null,
    startDate: model.startDate || null,
    endDate: model.endDate || null,
  };
}
