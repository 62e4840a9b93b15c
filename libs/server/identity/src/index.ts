import { UserAccountSchema } from './user/user-account.entity.js';
import { MembershipSchema } from './membership/membership.entity.js';
import { RefreshTokenSchema } from './auth/refresh-token.entity.js';
import { ExternalIdentitySchema, IdentityProviderSchema } from './oidc/external-identity.entity.js';

export * from './user/user-account.entity.js';
export * from './membership/membership.entity.js';
export * from './auth/refresh-token.entity.js';
export * from './oidc/external-identity.entity.js';

export const identityEntities = [UserAccountSchema, MembershipSchema, RefreshTokenSchema, IdentityProviderSchema, ExternalIdentitySchema];
export * from './identity.module.js';
export * from './auth/auth.service.js';
export * from './auth/passwords.js';
export * from './auth/refresh-tokens.js';
