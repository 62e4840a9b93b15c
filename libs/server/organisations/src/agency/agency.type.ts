import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '@dsg/server-core';
import { AgencyLevelEnum } from '../graphql-enums.js';
import type { AgencyLevel } from './agency.entity.js';

@ObjectType('Agency')
export class AgencyType {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field(() => AgencyLevelEnum) level!: AgencyLevel;
  @Field(() => String) region!: string;
}

export const AgencyConnection = connectionOf(AgencyType, 'Agency');

@InputType()
export class CreateAgencyInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => AgencyLevelEnum) level!: AgencyLevel;
  @Field(() => String) region!: string;
}
