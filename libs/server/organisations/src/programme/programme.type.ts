import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '@dsg/server-core';
import { ReportingFrequencyEnum, TrackEnum } from '../graphql-enums.js';
import type { ReportingFrequency, Track } from './programme.entity.js';

@ObjectType('ReportingCalendar')
export class ReportingCalendarType {
  @Field(() => ReportingFrequencyEnum) frequency!: ReportingFrequency;
  @Field(() => Int) dueDaysAfterPeriodEnd!: number;
}

@ObjectType('Programme')
export class ProgrammeType {
  @Field(() => ID) id!: string;
  agencyId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field(() => Int) startYear!: number;
  @Field(() => Int) endYear!: number;
  @Field(() => [TrackEnum]) tracks!: Track[];
  @Field(() => [String]) tiers!: string[];
  @Field(() => ReportingCalendarType) calendar!: ReportingCalendarType;
}

export const ProgrammeConnection = connectionOf(ProgrammeType, 'Programme');

@InputType()
export class ProgrammeInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => Int) startYear!: number;
  @Field(() => Int) endYear!: number;
  @Field(() => [TrackEnum]) tracks!: Track[];
  @Field(() => [String]) tiers!: string[];
  @Field(() => ReportingFrequencyEnum) frequency!: ReportingFrequency;
  @Field(() => Int, { defaultValue: 15 }) dueDaysAfterPeriodEnd!: number;
}

@InputType()
export class UpdateProgrammeInput extends ProgrammeInput {
  @Field(() => ID) id!: string;
}
