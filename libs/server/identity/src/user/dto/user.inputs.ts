import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@dsg/server-core';
import type { Role } from '@dsg/contracts';
import { RoleEnum } from '../../membership/membership.type.js';

@InputType()
export class CreateUserInput {
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String) password!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => ID, { nullable: true }) organisationId?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => ID) userId!: string;
  @Field(() => String) newPassword!: string;
}

@InputType()
export class GrantMembershipInput {
  @Field(() => ID) userId!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => ID, { nullable: true }) organisationId?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => String, { nullable: true }) search?: string | null;
}
