import { Field, ID, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '@dsg/server-core';

@ObjectType('User')
export class UserType {
  @Field(() => ID) id!: string;
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => Boolean) locked!: boolean;
}

export const UserConnection = connectionOf(UserType, 'User');
