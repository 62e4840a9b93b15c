import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ReviewDecision, ReviewPosition } from '../domain/review-chain.js';

export const ReviewDecisionEnum = { SUBMIT: 'SUBMIT', APPROVE: 'APPROVE', RETURN: 'RETURN' } as const satisfies Record<ReviewDecision, ReviewDecision>;
registerEnumType(ReviewDecisionEnum, { name: 'ReviewDecision' });

@ObjectType('ReviewItem', { description: '审核项: a top-level task\'s period data in the institution\'s layered review.' })
export class ReviewItemType {
  @Field(() => ID) id!: string;
  @Field(() => ID) reportId!: string;
  @Field(() => Int) revision!: number;
  @Field(() => ID) taskId!: string;
  @Field(() => String) taskCode!: string;
  @Field(() => String) taskTitle!: string;
  @Field(() => String, { description: 'DRAFT, IN_REVIEW, RETURNED or APPROVED' }) state!: string;
  @Field(() => String, { description: 'Who acts next: RESPONSIBLE, DEPARTMENT, CONSTRUCTION_GROUP, OFFICE or DONE' }) position!: ReviewPosition;
  @Field(() => Int) version!: number;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Boolean, { description: 'The signed-in user may take the next decision.' }) canAct!: boolean;
  @Field(() => String, { nullable: true, description: 'Period of the report (for queues across reports).' }) period!: string | null;
}

@ObjectType('ReviewChain', { description: '审核流程: the institution\'s review steps before the 双高办 compiles the report.' })
export class ReviewChainType {
  @Field(() => [String], { description: 'Ordered subset of DEPARTMENT, CONSTRUCTION_GROUP, OFFICE (OFFICE always last).' }) steps!: string[];
  @Field(() => [ID], { description: '建设组 members who review at the CONSTRUCTION_GROUP step.' }) groupReviewerIds!: string[];
}

@InputType('SetReviewChainInput')
export class SetReviewChainInput {
  @Field(() => [String]) steps!: string[];
  @Field(() => [ID]) groupReviewerIds!: string[];
}

@InputType('DecideReviewItemInput')
export class DecideReviewItemInput {
  @Field(() => ID) itemId!: string;
  @Field(() => ReviewDecisionEnum) decision!: ReviewDecision;
  @Field(() => String, { nullable: true, description: 'Required to return.' }) reason?: string | null;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
}
