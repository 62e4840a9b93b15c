import { describe, expect, it } from 'vitest';
import { UsersDocument } from '../generated/graphql';
import { authPayloadFixture, createTestContext, gqlError } from '../testing';
import { useAbilityStore } from './ability-store';
import { useSessionStore } from './session-store';
import { useTenantStore } from './tenant-store';

const usersPage = { data: { users: { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 3 } } };

describe('session store', () => {
  it('restores the session from the refresh cookie once per page load', async () => {
    const { gateway, pinia } = await createTestContext({ session: { organisationName: '重庆文化艺术职业学院' } });
    const session = useSessionStore(pinia);

    await session.restore();
    await session.restore();

    expect(gateway.callsOf('RefreshSession')).toHaveLength(1);
    expect(session.isAuthenticated).toBe(true);
    expect(useTenantStore(pinia).organisationName).toBe('重庆文化艺术职业学院');
  });

  it('stays signed out when there is no refresh cookie', async () => {
    const { pinia } = await createTestContext({ session: null });
    const session = useSessionStore(pinia);

    await expect(session.restore()).resolves.toBe(false);
    expect(session.isAuthenticated).toBe(false);
    expect(session.accessToken).toBeNull();
  });

  it('logs in, keeping the token in memory and the rules in the ability', async () => {
    const payload = authPayloadFixture({ accessToken: 'abc', role: 'AGENCY_OFFICER', organisationKind: 'AGENCY', rules: [{ action: 'read', subject: 'Institution' }] });
    const { pinia, gateway } = await createTestContext({ session: null, handlers: { Login: { data: { login: payload } } } });
    const session = useSessionStore(pinia);
    const abilities = useAbilityStore(pinia);

    await session.login({ username: 'officer', password: 'secret-pass-1' });

    expect(gateway.callsOf('Login')[0]?.variables).toEqual({ input: { username: 'officer', password: 'secret-pass-1' } });
    expect(session.accessToken).toBe('abc');
    expect(abilities.can('read', 'Institution')).toBe(true);
    expect(abilities.can('create', 'User')).toBe(false);
    const stored = Array.from({ length: localStorage.length }, (_, index) => localStorage.getItem(localStorage.key(index)!));
    expect(stored.join()).not.toContain('abc');
    expect(sessionStorage.length).toBe(0);
  });

  it('retries a request after refreshing an expired token and uses the new one', async () => {
    const { pinia, gateway } = await createTestContext({
      handlers: {
        Users: [{ errors: [gqlError('UNAUTHENTICATED')] }, usersPage],
      },
    });
    const session = useSessionStore(pinia);
    gateway.callsOf('RefreshSession').length = 0;

    const data = await session.client.request(UsersDocument, {});

    expect(data.users.totalCount).toBe(3);
    expect(gateway.operations()).toEqual(['RefreshSession', 'Users', 'RefreshSession', 'Users']);
  });

  it('signs out and notifies when the session cannot be refreshed', async () => {
    const { pinia } = await createTestContext({
      handlers: {
        Users: { errors: [gqlError('UNAUTHENTICATED')] },
        RefreshSession: [
          { data: { refreshSession: authPayloadFixture() } },
          { errors: [gqlError('UNAUTHENTICATED')] },
        ],
      },
    });
    const session = useSessionStore(pinia);
    let expired = 0;
    session.onSessionExpired(() => (expired += 1));

    await expect(session.client.request(UsersDocument, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(expired).toBe(1);
    expect(session.isAuthenticated).toBe(false);
    expect(useAbilityStore(pinia).can('read', 'User')).toBe(false);
  });

  it('switches membership and replaces the rules', async () => {
    const switched = authPayloadFixture({
      organisationName: '天津市教委',
      organisationKind: 'AGENCY',
      role: 'AGENCY_OFFICER',
      rules: [{ action: 'read', subject: 'Institution' }],
    });
    const { pinia, gateway } = await createTestContext({
      session: { rules: [{ action: 'manage', subject: 'Department' }], extraMemberships: [{ organisationName: '天津市教委' }] },
      handlers: { SwitchMembership: { data: { switchMembership: switched } } },
    });
    const tenant = useTenantStore(pinia);
    const abilities = useAbilityStore(pinia);
    expect(tenant.canSwitch).toBe(true);

    await tenant.switchTo('m-2');

    expect(gateway.callsOf('SwitchMembership')[0]?.variables).toEqual({ membershipId: 'm-2' });
    expect(tenant.organisationName).toBe('天津市教委');
    expect(abilities.can('manage', 'Department')).toBe(false);
    expect(abilities.can('read', 'Institution')).toBe(true);
  });

  it('logs out locally even when the server call fails', async () => {
    const { pinia } = await createTestContext({ handlers: { Logout: { status: 503 } } });
    const session = useSessionStore(pinia);

    await session.logout();

    expect(session.isAuthenticated).toBe(false);
    expect(useAbilityStore(pinia).can('read', 'User')).toBe(false);
  });
});
