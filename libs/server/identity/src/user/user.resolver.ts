import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Policy, groupByKeys, requestLoader, type Connection } from '@dsg/server-core';
import { UserConnection, UserType } from './user.type.js';
import { UserService } from './user.service.js';
import { CreateUserInput, ResetPasswordInput, UsersArgs } from './dto/user.inputs.js';
import { toUserType } from './user.mapper.js';
import { MembershipType } from '../membership/membership.type.js';
import { MembershipService } from '../membership/membership.service.js';
import { toMembershipType } from '../membership/membership.mapper.js';

@Resolver(() => UserType)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly membershipService: MembershipService,
  ) {}

  @Policy('read', 'User')
  @Query(() => UserConnection)
  async users(@Args() args: UsersArgs): Promise<Connection<UserType>> {
    const page = await this.userService.list(args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toUserType(e.node) })) };
  }

  @Policy('read', 'User')
  @Query(() => UserType)
  async user(@Args('id', { type: () => ID }) id: string): Promise<UserType> {
    return toUserType(await this.userService.get(id));
  }

  @Policy('create', 'User')
  @Mutation(() => UserType)
  async createUser(@Args('input') input: CreateUserInput): Promise<UserType> {
    return toUserType(await this.userService.create(input));
  }

  @Policy('update', 'User')
  @Mutation(() => Boolean)
  resetUserPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.userService.resetPassword(input);
  }

  @Policy('update', 'User')
  @Mutation(() => UserType)
  async unlockUser(@Args('userId', { type: () => ID }) userId: string): Promise<UserType> {
    return toUserType(await this.userService.unlock(userId));
  }

  @ResolveField(() => [MembershipType])
  async memberships(@Parent() user: UserType): Promise<MembershipType[]> {
    const loader = requestLoader<string, MembershipType[]>('user.memberships', async (ids) => {
      const rows = await this.membershipService.forUsers(ids);
      return groupByKeys(ids, rows.map(toMembershipType), (m) => m.userId);
    });
    return loader.load(user.id);
  }
}
