import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  INDICATOR_CATEGORIES, INDICATOR_DIRECTIONS, INDICATOR_KINDS, type IndicatorCategory, type IndicatorDirection, type IndicatorKind,
} from '@dsg/contracts';
import type { IndicatorAggregation } from './indicator.entity.js';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const IndicatorCategoryEnum = asEnum(INDICATOR_CATEGORIES);
export const IndicatorDirectionEnum = asEnum(INDICATOR_DIRECTIONS);
export const IndicatorKindEnum = asEnum(INDICATOR_KINDS);
export const IndicatorAggregationEnum = asEnum<IndicatorAggregation>(['LATEST', 'SUM']);
registerEnumType(IndicatorCategoryEnum, { name: 'IndicatorCategory', description: '产出(数量/质量/时效/成本) · 效益(社会/经济/可持续) · 满意度' });
registerEnumType(IndicatorDirectionEnum, { name: 'IndicatorDirection' });
registerEnumType(IndicatorKindEnum, { name: 'IndicatorKind', description: '定量 / 定性' });
registerEnumType(IndicatorAggregationEnum, { name: 'IndicatorAggregation', description: 'LATEST: stock (latest value); SUM: flow (period values add up)' });

@ObjectType('IndicatorTarget')
export class IndicatorTargetType {
  @Field(() => Int) year!: number;
  @Field(() => Float) value!: number;
}

@ObjectType('IndicatorActual')
export class IndicatorActualType {
  @Field(() => ID) id!: string;
  @Field(() => String) period!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => ID) enteredBy!: string;
  @Field(() => Date) enteredAt!: Date;
}

@ObjectType('PerformanceIndicator')
export class PerformanceIndicatorType {
  @Field(() => ID) id!: string;
  @Field(() => ID) taskId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => IndicatorCategoryEnum) category!: IndicatorCategory;
  @Field(() => IndicatorKindEnum) kind!: IndicatorKind;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => IndicatorDirectionEnum) direction!: IndicatorDirection;
  @Field(() => IndicatorAggregationEnum) aggregation!: IndicatorAggregation;
  @Field(() => Float, { nullable: true }) baseline!: number | null;
  @Field(() => Float, { nullable: true }) finalTarget!: number | null;
  @Field(() => [IndicatorTargetType]) targets!: IndicatorTargetType[];
}

@InputType()
export class YearTargetInput {
  @Field(() => Int) year!: number;
  @Field(() => Float) value!: number;
}

@InputType()
export class IndicatorFields {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => IndicatorCategoryEnum, { nullable: true }) category?: IndicatorCategory | null;
  @Field(() => IndicatorKindEnum, { nullable: true }) kind?: IndicatorKind | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => IndicatorDirectionEnum, { nullable: true }) direction?: IndicatorDirection | null;
  @Field(() => IndicatorAggregationEnum, { nullable: true }) aggregation?: IndicatorAggregation | null;
  @Field(() => Float, { nullable: true }) baseline?: number | null;
  @Field(() => Float, { nullable: true }) finalTarget?: number | null;
  @Field(() => [YearTargetInput], { nullable: true, description: 'Replaces all yearly targets when given.' }) yearlyTargets?: YearTargetInput[] | null;
}

@InputType()
export class AddIndicatorInput extends IndicatorFields {
  @Field(() => ID) taskId!: string;
  @Field(() => String) code!: string;
}

@InputType()
export class UpdateIndicatorInput extends IndicatorFields {
  @Field(() => ID) id!: string;
}

@InputType()
export class ActualEntryInput {
  @Field(() => ID) indicatorId!: string;
  @Field(() => Float, { nullable: true }) value?: number | null;
  @Field(() => String, { nullable: true, description: 'Qualitative indicators report text.' }) text?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class RecordActualsInput {
  @Field(() => String, { description: 'Reporting period: 2025, 2025-H1, 2025-Q3, 2025-M07' }) period!: string;
  @Field(() => [ActualEntryInput]) entries!: ActualEntryInput[];
}
