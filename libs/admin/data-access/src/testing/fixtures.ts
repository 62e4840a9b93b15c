import { packRules } from '@casl/ability/extra';
import type { AppRawRule } from '../ability/ability';
import type { AuthPayloadFieldsFragment, MembershipFieldsFragment, OrganisationKind, Role } from '../generated/graphql';

export interface SessionFixtureOptions {
  role?: Role;
  organisationKind?: OrganisationKind;
  organisationName?: string;
  organisationId?: string | null;
  rules?: AppRawRule[];
  extraMemberships?: Partial<MembershipFieldsFragment>[];
  accessToken?: string;
}

export function membershipFixture(overrides: Partial<MembershipFieldsFragment> = {}): MembershipFieldsFragment {
  return {
    id: 'm-1',
    userId: 'u-1',
    role: 'INSTITUTION_ADMIN',
    organisationKind: 'INSTITUTION',
    organisationId: 'inst-1',
    organisationName: '天津职业大学',
    departmentId: null,
    active: true,
    ...overrides,
  };
}

/** An AuthPayload as the gateway returns it, with packed CASL rules like the server sends. */
export function authPayloadFixture(options: SessionFixtureOptions = {}): AuthPayloadFieldsFragment {
  const active = membershipFixture({
    role: options.role ?? 'INSTITUTION_ADMIN',
    organisationKind: options.organisationKind ?? 'INSTITUTION',
    organisationName: options.organisationName ?? '天津职业大学',
    organisationId: options.organisationId === undefined ? 'inst-1' : options.organisationId,
  });
  const extra = (options.extraMemberships ?? []).map((overrides, index) =>
    membershipFixture({ id: `m-${index + 2}`, active: false, ...overrides }),
  );
  return {
    accessToken: options.accessToken ?? 'token-1',
    expiresAt: '2030-01-01T00:00:00.000Z',
    me: {
      user: { id: 'u-1', username: 'admin', displayName: '张老师', email: null },
      activeMembership: active,
      memberships: [active, ...extra],
      permissions: packRules(options.rules ?? [{ action: 'manage', subject: 'all' }]),
    },
  };
}
