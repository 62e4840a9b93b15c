import type { Pinia } from 'pinia';
import type { RouteLocationNormalized, RouteLocationRaw, Router } from 'vue-router';
import { safeRedirect } from '@dsg/admin-auth';
import { useAbilityStore, useSessionStore } from '@dsg/admin-data-access';

/**
 * Decides where a navigation may go:
 * - public pages (login) are always reachable, but a signed-in user is sent on from the login page;
 * - everything else needs a session (restored once per page load from the refresh cookie),
 *   otherwise → /login?redirect=<target>;
 * - a route (or any parent) whose `meta.ability` is not held → 403.
 */
export function createAccessGuard(pinia: Pinia) {
  const session = useSessionStore(pinia);
  const abilities = useAbilityStore(pinia);

  return async function accessGuard(to: RouteLocationNormalized): Promise<true | RouteLocationRaw> {
    await session.restore();

    if (to.matched.some((record) => record.meta.public)) {
      if (to.name === 'Login' && session.isAuthenticated) return safeRedirect(to.query['redirect']);
      return true;
    }
    if (!session.isAuthenticated) {
      return { name: 'Login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    }
    const denied = to.matched.some((record) => {
      const permission = record.meta.ability;
      return permission !== undefined && !abilities.can(permission[0], permission[1]);
    });
    return denied ? { name: 'Forbidden' } : true;
  };
}

export function installGuards(router: Router, pinia: Pinia): void {
  router.beforeEach(createAccessGuard(pinia));
}
