import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TASK_BOOK_VERSION_STATUSES, type TaskBookVersionStatus } from '@dsg/contracts';

export const TaskBookVersionStatusEnum = Object.fromEntries(TASK_BOOK_VERSION_STATUSES.map((s) => [s, s])) as Record<TaskBookVersionStatus, TaskBookVersionStatus>;
registerEnumType(TaskBookVersionStatusEnum, { name: 'TaskBookVersionStatus' });

@ObjectType('TaskBookVersion')
export class TaskBookVersionType {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field(() => TaskBookVersionStatusEnum) status!: TaskBookVersionStatus;
  @Field(() => ID, { nullable: true }) submittedBy!: string | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => ID, { nullable: true }) decidedBy!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decisionNote!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the institution asks for the change.' }) reason!: string | null;
}

@InputType()
export class DecideTaskBookVersionInput {
  @Field(() => ID) versionId!: string;
  @Field(() => Boolean) approve!: boolean;
  @Field(() => String, { nullable: true, description: 'Required when returning a version.' }) note?: string | null;
}
