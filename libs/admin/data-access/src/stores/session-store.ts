import { computed, markRaw, ref } from 'vue';
import { defineStore } from 'pinia';
import { getActiveLocale } from '@dsg/admin-i18n';
import {
  LoginDocument,
  LogoutDocument,
  RefreshSessionDocument,
  SwitchMembershipDocument,
  type AuthPayloadFieldsFragment,
  type LoginInput,
  type MeFieldsFragment,
} from '../generated/graphql';
import { createGraphQLClient, type GraphQLClient } from '../client/graphql-client';
import { useAbilityStore } from './ability-store';

export type SessionExpiredListener = () => void;

/**
 * The signed-in session. The access token lives only in memory (never in storage, so an XSS
 * cannot lift it from there); a page reload restores it from the httpOnly refresh cookie.
 */
export const useSessionStore = defineStore('session', () => {
  const abilityStore = useAbilityStore();

  const accessToken = ref<string | null>(null);
  const expiresAt = ref<string | null>(null);
  const me = ref<MeFieldsFragment | null>(null);
  /** Whether the one restore attempt of this page load has finished. */
  const restored = ref(false);
  let restoring: Promise<boolean> | null = null;
  const expiredListeners = new Set<SessionExpiredListener>();

  const isAuthenticated = computed(() => accessToken.value !== null && me.value !== null);

  const client: GraphQLClient = markRaw(
    createGraphQLClient({
      getAccessToken: () => accessToken.value,
      getLocale: getActiveLocale,
      refreshSession: () => refresh(),
      onSessionExpired: () => {
        clear();
        expiredListeners.forEach((listener) => listener());
      },
    }),
  );

  function apply(payload: AuthPayloadFieldsFragment): void {
    accessToken.value = payload.accessToken;
    expiresAt.value = payload.expiresAt;
    me.value = payload.me;
    abilityStore.applyPacked(payload.me.permissions);
  }

  function clear(): void {
    accessToken.value = null;
    expiresAt.value = null;
    me.value = null;
    abilityStore.reset();
  }

  async function login(input: LoginInput): Promise<void> {
    const data = await client.request(LoginDocument, { input }, { authRetry: false });
    apply(data.login);
    restored.value = true;
  }

  /** Exchanges the refresh cookie for a new access token; false (and signed out) when that fails. */
  async function refresh(): Promise<boolean> {
    try {
      const data = await client.request(RefreshSessionDocument, {}, { authRetry: false });
      apply(data.refreshSession);
      return true;
    } catch {
      clear();
      return false;
    }
  }

  /** Runs at most once per page load (the route guard awaits it before the first navigation). */
  function restore(): Promise<boolean> {
    if (restored.value) return Promise.resolve(isAuthenticated.value);
    restoring ??= refresh().finally(() => {
      restored.value = true;
      restoring = null;
    });
    return restoring;
  }

  async function logout(): Promise<void> {
    try {
      await client.request(LogoutDocument, {}, { authRetry: false });
    } catch {
      // The cookie may already be gone or the server unreachable; the local session ends regardless.
    }
    clear();
  }

  async function switchMembership(membershipId: string): Promise<void> {
    const data = await client.request(SwitchMembershipDocument, { membershipId });
    apply(data.switchMembership);
  }

  /** Registers a callback for "the session ended under us" (refresh failed); returns an unsubscribe. */
  function onSessionExpired(listener: SessionExpiredListener): () => void {
    expiredListeners.add(listener);
    return () => expiredListeners.delete(listener);
  }

  return {
    accessToken,
    expiresAt,
    me,
    restored,
    isAuthenticated,
    client,
    login,
    refresh,
    restore,
    logout,
    switchMembership,
    onSessionExpired,
  };
});
