import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ACHIEVEMENT_LEVELS, type AchievementLevel } from '@dsg/contracts';
import { PageArgs, connectionOf } from '@dsg/server-core';

export const AchievementLevelEnum = Object.fromEntries(ACHIEVEMENT_LEVELS.map((l) => [l, l])) as Record<AchievementLevel, AchievementLevel>;
registerEnumType(AchievementLevelEnum, { name: 'AchievementLevel', description: '国家级 / 省部级 / 市级 / 校级' });

@ObjectType('Achievement')
export class AchievementType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => AchievementLevelEnum) level!: AchievementLevel;
  @Field(() => String) category!: string;
  @Field(() => String) awardedOn!: string;
  @Field(() => String, { nullable: true }) awardingBody!: string | null;
  @Field(() => Int) quantity!: number;
  @Field(() => [ID]) linkedTaskIds!: string[];
  @Field(() => String, { nullable: true }) caseWriteUp!: string | null;
}

export const AchievementConnection = connectionOf(AchievementType, 'Achievement');

@ObjectType('AchievementLevelCount', { description: '"国家级 7 项 51 个": categories (项) and items (个) of one level in one year' })
export class AchievementLevelCountType {
  @Field(() => AchievementLevelEnum) level!: AchievementLevel;
  @Field(() => Int) categories!: number;
  @Field(() => Int) items!: number;
  @Field(() => String) label!: string;
}

@ObjectType('AchievementYearCount')
export class AchievementYearCountType {
  @Field(() => Int) year!: number;
  @Field(() => [AchievementLevelCountType]) levels!: AchievementLevelCountType[];
}

@ArgsType()
export class AchievementsArgs extends PageArgs {
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => AchievementLevelEnum, { nullable: true }) level?: AchievementLevel | null;
}

@InputType()
export class AchievementInput {
  @Field(() => String) title!: string;
  @Field(() => AchievementLevelEnum) level!: AchievementLevel;
  @Field(() => String) category!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) awardedOn!: string;
  @Field(() => String, { nullable: true }) awardingBody?: string | null;
  @Field(() => Int, { defaultValue: 1 }) quantity!: number;
  @Field(() => [ID], { defaultValue: [] }) linkedTaskIds!: string[];
  @Field(() => String, { nullable: true, description: 'Required (≥ 1,000 characters) at provincial level and above.' }) caseWriteUp?: string | null;
}

@InputType()
export class UpdateAchievementInput extends AchievementInput {
  @Field(() => ID) id!: string;
}
