import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, Db, Public, RequestContext } from '@dsg/server-core';
import { AuthService, type Session } from './auth.service.js';
import { AuthPayloadType, ChangePasswordInput, LoginInput, MeType, type MeSource } from './auth.types.js';
import { MembershipType } from '../membership/membership.type.js';
import { UserType } from '../user/user.type.js';
import { JSONScalar } from '@dsg/server-core';
import { UserAccount } from '../user/user-account.entity.js';
import { toUserType } from '../user/user.mapper.js';
import { toMembershipType } from '../membership/membership.mapper.js';
import { Membership } from '../membership/membership.entity.js';

@Resolver(() => MeType)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly db: Db,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadType, { description: 'Sets the httpOnly refresh cookie.' })
  async login(@Args('input') input: LoginInput): Promise<AuthPayloadType> {
    return this.payload(await this.auth.login(input.username ?? '', input.password ?? ''));
  }

  @Public()
  @Mutation(() => AuthPayloadType, { description: 'Reads and rotates the refresh cookie.' })
  async refreshSession(): Promise<AuthPayloadType> {
    return this.payload(await this.auth.refresh());
  }

  @Public()
  @Mutation(() => Boolean)
  logout(): Promise<boolean> {
    return this.auth.logout();
  }

  @Authenticated()
  @Mutation(() => AuthPayloadType)
  async switchMembership(@Args('membershipId', { type: () => ID }) membershipId: string): Promise<AuthPayloadType> {
    return this.payload(await this.auth.switchMembership(membershipId));
  }

  @Authenticated()
  @Mutation(() => Boolean)
  changePassword(@Args('input') input: ChangePasswordInput): Promise<boolean> {
    return this.auth.changePassword(input.currentPassword ?? '', input.newPassword ?? '');
  }

  @Authenticated()
  @Query(() => MeType)
  me(): MeSource {
    return { actor: RequestContext.current().requireActor() };
  }

  /** Each part of `me` is loaded only when asked for, with an EntityManager scoped to the actor. */
  @ResolveField(() => UserType)
  async user(@Parent() me: MeSource): Promise<UserType> {
    return toUserType(await this.db.forkFor(me.actor).findOneOrFail(UserAccount, { id: me.actor.userId }));
  }

  @ResolveField(() => [MembershipType])
  async memberships(@Parent() me: MeSource): Promise<MembershipType[]> {
    return (await this.ownMemberships(me)).map(toMembershipType);
  }

  @ResolveField(() => MembershipType)
  async activeMembership(@Parent() me: MeSource): Promise<MembershipType> {
    const all = await this.ownMemberships(me);
    return toMembershipType(all.find((m) => m.id === me.actor.membershipId) ?? all[0]!);
  }

  @ResolveField(() => JSONScalar)
  permissions(@Parent() me: MeSource): unknown {
    return this.auth.permissionsOf(me.actor);
  }

  private ownMemberships(me: MeSource): Promise<Membership[]> {
    me.memberships ??= this.db.forkFor(me.actor).find(Membership, { userId: me.actor.userId, active: true }, { orderBy: { createdAt: 'asc' } });
    return me.memberships;
  }

  private payload(session: Session): AuthPayloadType {
    return { accessToken: session.accessToken, expiresAt: session.expiresAt, me: { actor: session.actor } as unknown as MeType };
  }
}
