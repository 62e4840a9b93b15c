import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FUNDING_SOURCES, type FundingSource } from '@dsg/contracts';

export const FundingSourceEnum = Object.fromEntries(FUNDING_SOURCES.map((s) => [s, s])) as Record<FundingSource, FundingSource>;
registerEnumType(FundingSourceEnum, { name: 'FundingSource', description: '中央财政 / 地方财政 / 举办方 / 行业企业 / 学校自筹' });

@ObjectType('FundSummary', { description: 'Amounts in 万元; rates computed (到位率 = arrived/budget, 执行率 = spent/budget).' })
export class FundSummaryType {
  @Field(() => Float) budget!: number;
  @Field(() => Float) arrived!: number;
  @Field(() => Float) spent!: number;
  @Field(() => Float, { nullable: true }) arrivalRate!: number | null;
  @Field(() => Float, { nullable: true }) executionRate!: number | null;
  @Field(() => Float, { nullable: true }) spentOfArrived!: number | null;
}

@ObjectType('FundBySource')
export class FundBySourceType extends FundSummaryType {
  @Field(() => FundingSourceEnum) source!: FundingSource;
}

@ObjectType('FundByYear')
export class FundByYearType extends FundSummaryType {
  @Field(() => Int) year!: number;
}

@ObjectType('FundBudgetLine')
export class FundBudgetLineType {
  @Field(() => FundingSourceEnum) source!: FundingSource;
  @Field(() => Int) year!: number;
  @Field(() => Float) amount!: number;
}

@ObjectType('FundMovement', { description: '到位 / 执行 of one task, funding source and reporting period, in 万元.' })
export class FundMovementType {
  @Field(() => ID) taskId!: string;
  @Field(() => FundingSourceEnum) source!: FundingSource;
  @Field(() => String, { description: 'Reporting period: 2025, 2025-H1, 2025-Q3, 2025-M07' }) period!: string;
  @Field(() => Float) arrived!: number;
  @Field(() => Float) spent!: number;
  @Field(() => ID) enteredBy!: string;
  @Field(() => Date) enteredAt!: Date;
}

@InputType()
export class BudgetLineInput {
  @Field(() => FundingSourceEnum) source!: FundingSource;
  @Field(() => Int) year!: number;
  @Field(() => Float) amount!: number;
}

@InputType()
export class SetTaskBudgetInput {
  @Field(() => ID) taskId!: string;
  @Field(() => [BudgetLineInput], { description: 'Replaces the task’s budget lines.' }) lines!: BudgetLineInput[];
}

@InputType()
export class FundMovementInput {
  @Field(() => ID) taskId!: string;
  @Field(() => FundingSourceEnum) source!: FundingSource;
  @Field(() => Float, { description: '到位 in 万元 (negative for a correction)' }) arrived!: number;
  @Field(() => Float, { description: '执行 in 万元 (negative for a correction)' }) spent!: number;
}

@InputType()
export class RecordFundMovementsInput {
  @Field(() => String) period!: string;
  @Field(() => [FundMovementInput]) entries!: FundMovementInput[];
}
