import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { TaskStatus } from '@dsg/contracts';
import { TaskStatusEnum } from '../task-book/task-book.type.js';

@InputType()
export class TaskPlanFields {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) leadDepartmentId?: string | null;
  @Field(() => [ID], { nullable: true }) cooperatingDepartmentIds?: string[] | null;
  @Field(() => ID, { nullable: true }) leaderUserId?: string | null;
  @Field(() => ID, { nullable: true }) projectLeaderUserId?: string | null;
  @Field(() => [ID], { nullable: true }) memberUserIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startDate?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) endDate?: string | null;
}

@InputType()
export class AddTaskInput extends TaskPlanFields {
  @Field(() => ID) taskBookId!: string;
  @Field(() => ID, { nullable: true, description: 'Null: a level-1 task.' }) parentId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Place among the siblings (0 = first); last when omitted.' }) index?: number | null;
}

@InputType()
export class UpdateTaskInput extends TaskPlanFields {
  @Field(() => ID) id!: string;
}

@InputType()
export class MoveTaskInput {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => Int, { nullable: true }) index?: number | null;
}

@InputType()
export class ReportTaskProgressInput {
  @Field(() => ID) id!: string;
  @Field(() => TaskStatusEnum) status!: TaskStatus;
  @Field(() => Int) progress!: number;
}
