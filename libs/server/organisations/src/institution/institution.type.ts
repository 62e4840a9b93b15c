import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { PageArgs, connectionOf } from '@dsg/server-core';

@ObjectType('Institution')
export class InstitutionType {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field(() => String) province!: string;
  @Field(() => String, { nullable: true }) city!: string | null;
}

export const InstitutionConnection = connectionOf(InstitutionType, 'Institution');

@InputType()
export class InstitutionFilter {
  @Field(() => String, { nullable: true }) search?: string | null;
  @Field(() => ID, { nullable: true }) programmeId?: string | null;
}

@ArgsType()
export class InstitutionsArgs extends PageArgs {
  @Field(() => InstitutionFilter, { nullable: true }) filter?: InstitutionFilter | null;
}

@InputType()
export class CreateInstitutionInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String) province!: string;
  @Field(() => String, { nullable: true }) city?: string | null;
}

@InputType()
export class UpdateInstitutionInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
}
