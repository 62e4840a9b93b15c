import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AGREEMENT_STATUSES, type AgreementStatus } from './agreement.entity.js';
import { ConstructionTaskType } from '../task-book/task-book.type.js';
import { PerformanceIndicatorType } from '../indicator/indicator.type.js';

export const AgreementStatusEnum = Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s, s])) as Record<AgreementStatus, AgreementStatus>;
registerEnumType(AgreementStatusEnum, { name: 'AgreementStatus', description: '草稿 / 已签订 / 已终止' });

@ObjectType('ResponsibilityAgreement', { description: '目标责任书' })
export class ResponsibilityAgreementType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => ID) headUserId!: string;
  @Field(() => ID) responsibleUserId!: string;
  @Field(() => [ID]) taskIds!: string[];
  @Field(() => [ID]) indicatorIds!: string[];
  @Field(() => String, { nullable: true }) signedOn!: string | null;
  @Field(() => AgreementStatusEnum) status!: AgreementStatus;
}

@ObjectType('MyResponsibilities', { description: '人人肩上有指标: what the signed-in person has committed to' })
export class MyResponsibilitiesType {
  @Field(() => [ResponsibilityAgreementType]) agreements!: ResponsibilityAgreementType[];
  @Field(() => [ConstructionTaskType]) tasks!: ConstructionTaskType[];
  @Field(() => [PerformanceIndicatorType]) indicators!: PerformanceIndicatorType[];
}

@InputType()
export class AgreementInput {
  @Field(() => String) title!: string;
  @Field(() => ID) headUserId!: string;
  @Field(() => ID) responsibleUserId!: string;
  @Field(() => [ID], { defaultValue: [] }) taskIds!: string[];
  @Field(() => [ID], { defaultValue: [] }) indicatorIds!: string[];
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; setting it marks the agreement signed.' }) signedOn?: string | null;
  @Field(() => AgreementStatusEnum, { nullable: true }) status?: AgreementStatus | null;
}

@InputType()
export class UpdateAgreementInput extends AgreementInput {
  @Field(() => ID) id!: string;
}
