import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Db, Public, RequestContext, type Actor } from '@dsg/server-core';
import { AuthService, type Session } from './auth.service.js';
import { AuthPayloadType, ChangePasswordInput, LoginInput, MeType } from './auth.types.js';
import { MembershipService } from '../membership/membership.service.js';
import { UserAccount } from '../user/user-account.entity.js';
import { toUserType } from '../user/user.mapper.js';
import { toMembershipType } from '../membership/membership.mapper.js';
import { Membership } from '../membership/membership.entity.js';

@Resolver(() => MeType)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly memberships: MembershipService,
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
  me(): Promise<MeType> {
    return this.meOf(RequestContext.current().requireActor());
  }

  private async payload(session: Session): Promise<AuthPayloadType> {
    return { accessToken: session.accessToken, expiresAt: session.expiresAt, me: await this.meOf(session.actor) };
  }

  /** Built with an EntityManager scoped to `actor` (after sign-in the request had no actor yet). */
  private async meOf(actor: Actor): Promise<MeType> {
    const em = this.db.forkFor(actor);
    const [user, memberships] = await Promise.all([
      em.findOneOrFail(UserAccount, { id: actor.userId }),
      em.find(Membership, { userId: actor.userId, active: true }, { orderBy: { createdAt: 'asc' } }),
    ]);
    const active = memberships.find((m) => m.id === actor.membershipId) ?? (await this.memberships.mine())[0]!;
    return {
      user: toUserType(user),
      activeMembership: toMembershipType(active),
      memberships: memberships.map(toMembershipType),
      permissions: this.auth.permissionsOf(actor),
    };
  }
}
