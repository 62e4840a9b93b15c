import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { TrackEnum } from '../graphql-enums.js';
import type { Track } from '../programme/programme.entity.js';

@ObjectType('Enrolment')
export class EnrolmentType {
  @Field(() => ID) id!: string;
  tenantId!: string;
  programmeId!: string;
  @Field(() => TrackEnum) track!: Track;
  @Field(() => String, { nullable: true }) tier!: string | null;
  @Field(() => String, { nullable: true }) specialtyGroup!: string | null;
  @Field(() => String, { nullable: true }) enrolledOn!: string | null;
}

@InputType()
export class EnrolInstitutionInput {
  @Field(() => ID) institutionId!: string;
  @Field(() => ID) programmeId!: string;
  @Field(() => TrackEnum) track!: Track;
  @Field(() => String, { nullable: true }) tier?: string | null;
  @Field(() => String, { nullable: true }) specialtyGroup?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) enrolledOn?: string | null;
}
