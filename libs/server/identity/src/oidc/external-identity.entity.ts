import { EntitySchema } from '@mikro-orm/postgresql';

/**
 * An agency's OIDC identity provider (统一身份认证). Not wired to a login flow yet: the tables exist
 * so that adding OIDC sign-in links `(provider, subject)` to an existing UserAccount without
 * reshaping users (see docs/decisions/0004-identity-and-sessions.md).
 */
export class IdentityProvider {
  id!: string;
  agencyId!: string;
  issuer!: string;
  clientId!: string;
  displayName!: string;
  enabled = false;
  createdAt: Date = new Date();
}

export const IdentityProviderSchema = new EntitySchema<IdentityProvider>({
  class: IdentityProvider,
  tableName: 'identity_provider',
  properties: {
    id: { type: 'uuid', primary: true },
    agencyId: { type: 'uuid', index: true },
    issuer: { type: 'string', length: 300, unique: true },
    clientId: { type: 'string', length: 200 },
    displayName: { type: 'string', length: 200 },
    enabled: { type: 'boolean' },
    createdAt: { type: 'datetime', length: 6 },
  },
  rowLevelSecurity: 'force',
  policies: [{ name: 'identity_provider_platform', using: 'app_bypass()', check: 'app_bypass()' }],
});

/** A user's account at an external provider: `(providerId, subject)` → UserAccount. */
export class ExternalIdentity {
  id!: string;
  userId!: string;
  providerId!: string;
  subject!: string;
  createdAt: Date = new Date();
}

export const ExternalIdentitySchema = new EntitySchema<ExternalIdentity>({
  class: ExternalIdentity,
  tableName: 'external_identity',
  properties: {
    id: { type: 'uuid', primary: true },
    userId: { type: 'uuid', index: true },
    providerId: { type: 'uuid' },
    subject: { type: 'string', length: 200 },
    createdAt: { type: 'datetime', length: 6 },
  },
  uniques: [{ properties: ['providerId', 'subject'] }],
  rowLevelSecurity: 'force',
  policies: [
    { name: 'external_identity_own', command: 'select', using: 'user_id = app_user_id()' },
    { name: 'external_identity_platform', using: 'app_bypass()', check: 'app_bypass()' },
  ],
});
