import { Field, InputType, ObjectType } from '@nestjs/graphql';
import type { Actor } from '@dsg/server-core';
import { JSONScalar } from '@dsg/server-core';
import { MembershipType } from '../membership/membership.type.js';
import { UserType } from '../user/user.type.js';

@ObjectType('Me')
export class MeType {
  @Field(() => UserType) user!: UserType;
  @Field(() => MembershipType) activeMembership!: MembershipType;
  @Field(() => [MembershipType]) memberships!: MembershipType[];
  @Field(() => JSONScalar, { description: 'Packed CASL rules for the active membership (use with @casl/ability unpackRules).' })
  permissions!: unknown;
}

/** What the `me` resolvers receive: the actor, and the memberships once loaded (shared by two fields). */
export interface MeSource {
  actor: Actor;
  memberships?: Promise<import('../membership/membership.entity.js').Membership[]>;
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field(() => String) accessToken!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => MeType) me!: MeType;
}

@InputType()
export class LoginInput {
  @Field(() => String) username!: string;
  @Field(() => String) password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String) currentPassword!: string;
  @Field(() => String) newPassword!: string;
}
