import { describe, expect, it, vi } from 'vitest';
import { createPinia } from 'pinia';
import { createMemoryHistory } from 'vue-router';
import { authPayloadFixture, gqlError, mockGraphQLFetch, type SessionFixtureOptions } from '@dsg/admin-data-access/testing';
import { createAdminI18n } from '@dsg/admin-i18n';
import { agencyOfficerRules, institutionAdminRules } from '../../test/role-rules';
import { createAppRouter } from './create-app-router';

function setup(session: SessionFixtureOptions | null) {
  const gateway = mockGraphQLFetch({
    RefreshSession: session ? { data: { refreshSession: authPayloadFixture(session) } } : { errors: [gqlError('UNAUTHENTICATED')] },
  });
  vi.stubGlobal('fetch', gateway.fetch);
  createAdminI18n();
  const router = createAppRouter({ pinia: createPinia(), history: createMemoryHistory() });
  return { router, gateway };
}

describe('route guard', () => {
  it('sends a visitor without a session to the login page, remembering the target', async () => {
    const { router, gateway } = setup(null);

    await router.push('/organisation/users?search=li');

    expect(router.currentRoute.value.name).toBe('Login');
    expect(router.currentRoute.value.query['redirect']).toBe('/organisation/users?search=li');
    expect(gateway.operations()).toEqual(['RefreshSession']);
  });

  it('restores the session from the cookie before deciding', async () => {
    const { router } = setup({ rules: institutionAdminRules });

    await router.push('/organisation/users');

    expect(router.currentRoute.value.name).toBe('Users');
  });

  it('answers 403 when the role lacks the route ability', async () => {
    const { router } = setup({ role: 'AGENCY_OFFICER', organisationKind: 'AGENCY', rules: agencyOfficerRules });

    await router.push('/organisation/users');

    expect(router.currentRoute.value.name).toBe('Forbidden');
    expect(router.currentRoute.value.path).toBe('/403');
  });

  it('lets the agency officer open the enrolled institutions but not the audit log', async () => {
    const { router } = setup({ role: 'AGENCY_OFFICER', organisationKind: 'AGENCY', rules: agencyOfficerRules });

    await router.push('/institutions');
    expect(router.currentRoute.value.name).toBe('Institutions');

    await router.push('/system/audit-log');
    expect(router.currentRoute.value.name).toBe('Forbidden');
  });

  it('sends a signed-in user on from the login page to the redirect target', async () => {
    const { router } = setup({ rules: institutionAdminRules });

    await router.push('/login?redirect=/system/jobs');

    expect(router.currentRoute.value.fullPath).toBe('/system/jobs');
  });

  it('ignores redirect targets outside the app', async () => {
    const { router } = setup({ rules: institutionAdminRules });

    await router.push('/login?redirect=//evil.example.com/phish');

    expect(router.currentRoute.value.path).toBe('/dashboard');
  });

  it('shows 404 for unknown paths once signed in', async () => {
    const { router } = setup({ rules: institutionAdminRules });

    await router.push('/no/such/page');

    expect(router.currentRoute.value.name).toBe('NotFound');
  });
});
