import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TASK_STATUSES, type TaskStatus } from '@dsg/contracts';
import { connectionOf } from '@dsg/server-core';

export const TaskStatusEnum = Object.fromEntries(TASK_STATUSES.map((s) => [s, s])) as Record<TaskStatus, TaskStatus>;
registerEnumType(TaskStatusEnum, { name: 'TaskStatus', description: '未开始 / 进行中 / 已完成 / 滞后 / 终止' });

@ObjectType('ConstructionTask')
export class ConstructionTaskType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => String, { description: '1, 1.2, 1.2.3' }) code!: string;
  @Field(() => Int) level!: number;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => ID, { nullable: true }) leadDepartmentId!: string | null;
  @Field(() => [ID]) cooperatingDepartmentIds!: string[];
  @Field(() => ID, { nullable: true }) leaderUserId!: string | null;
  @Field(() => ID, { nullable: true }) projectLeaderUserId!: string | null;
  @Field(() => String, { nullable: true }) startDate!: string | null;
  @Field(() => String, { nullable: true }) endDate!: string | null;
  @Field(() => TaskStatusEnum) status!: TaskStatus;
  @Field(() => Int) progress!: number;
}

@ObjectType('TaskBook')
export class TaskBookType {
  @Field(() => ID) id!: string;
  @Field(() => ID) institutionId!: string;
  @Field(() => ID) enrolmentId!: string;
  @Field(() => String) title!: string;
  @Field(() => Int) startYear!: number;
  @Field(() => Int) endYear!: number;
  @Field(() => ID, { nullable: true, description: 'The approved version people work on; null before version 1 is approved.' })
  currentVersionId!: string | null;
}

export const TaskBookConnection = connectionOf(TaskBookType, 'TaskBook');

@InputType()
export class CreateTaskBookInput {
  @Field(() => ID) enrolmentId!: string;
  @Field(() => String, { nullable: true, description: 'Defaults to the institution and programme names.' }) title?: string | null;
}
