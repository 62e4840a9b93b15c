import { Module } from '@nestjs/common';
import { AuthService } from './auth/auth.service.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { UserService } from './user/user.service.js';
import { UserResolver } from './user/user.resolver.js';
import { MembershipService } from './membership/membership.service.js';
import { MembershipResolver } from './membership/membership.resolver.js';

/** Users, memberships, sign-in and sessions. */
/** Resolver classes, also used to print the committed schema without a running app. */
export const identityResolvers = [AuthResolver, UserResolver, MembershipResolver];

@Module({
  providers: [AuthService, UserService, MembershipService, ...identityResolvers],
  exports: [AuthService, UserService, MembershipService],
})
export class IdentityModule {}
