import { Global, Module } from '@nestjs/common';
import { MEMBER_DIRECTORY } from '@dsg/server-core';
import { MemberDirectoryService } from './membership/member-directory.service.js';
import { AuthService } from './auth/auth.service.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { UserService } from './user/user.service.js';
import { UserResolver } from './user/user.resolver.js';
import { MembershipService } from './membership/membership.service.js';
import { MembershipResolver } from './membership/membership.resolver.js';

/** Resolver classes, also used to print the committed schema without a running app. */
export const identityResolvers = [AuthResolver, UserResolver, MembershipResolver];

/** Users, memberships, sign-in and sessions; the member directory other features use. */
@Global()
@Module({
  providers: [
    AuthService, UserService, MembershipService, ...identityResolvers,
    MemberDirectoryService, { provide: MEMBER_DIRECTORY, useExisting: MemberDirectoryService },
  ],
  exports: [AuthService, UserService, MembershipService, MEMBER_DIRECTORY],
})
export class IdentityModule {}
