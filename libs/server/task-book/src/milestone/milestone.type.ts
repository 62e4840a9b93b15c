import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MILESTONE_STATUSES, type MilestoneStatus } from '@dsg/contracts';

export const MilestoneStatusEnum = Object.fromEntries(MILESTONE_STATUSES.map((s) => [s, s])) as Record<MilestoneStatus, MilestoneStatus>;
registerEnumType(MilestoneStatusEnum, { name: 'MilestoneStatus' });

@ObjectType('Milestone', { description: '节点目标' })
export class MilestoneType {
  @Field(() => ID) id!: string;
  @Field(() => ID) taskId!: string;
  @Field(() => String) title!: string;
  @Field(() => String) dueDate!: string;
  @Field(() => String, { nullable: true }) deliverable!: string | null;
  @Field(() => MilestoneStatusEnum, { description: 'OVERDUE is derived: pending past its due date.' }) status!: MilestoneStatus;
  @Field(() => String, { nullable: true }) completedAt!: string | null;
  @Field(() => String, { nullable: true }) completionNote!: string | null;
}

@InputType()
export class AddMilestoneInput {
  @Field(() => ID) taskId!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) dueDate!: string;
  @Field(() => String, { nullable: true }) deliverable?: string | null;
}

@InputType()
export class CompleteMilestoneInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) completedAt!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}
