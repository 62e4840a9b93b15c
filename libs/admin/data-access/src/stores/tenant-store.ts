import { computed } from 'vue';
import { defineStore } from 'pinia';
import type { MembershipFieldsFragment } from '../generated/graphql';
import { useSessionStore } from './session-store';

/** The organisation the user is acting for (their active membership) and the ones they could switch to. */
export const useTenantStore = defineStore('tenant', () => {
  const session = useSessionStore();

  const activeMembership = computed<MembershipFieldsFragment | null>(() => session.me?.activeMembership ?? null);
  const memberships = computed<MembershipFieldsFragment[]>(() => session.me?.memberships ?? []);
  /** The organisation's Chinese name as registered; shown as is in both UI languages. */
  const organisationName = computed(() => activeMembership.value?.organisationName ?? '');
  const organisationKind = computed(() => activeMembership.value?.organisationKind ?? null);
  const organisationId = computed(() => activeMembership.value?.organisationId ?? null);
  const role = computed(() => activeMembership.value?.role ?? null);
  const canSwitch = computed(() => memberships.value.length > 1);
  const isInstitution = computed(() => organisationKind.value === 'INSTITUTION');
  const isAgency = computed(() => organisationKind.value === 'AGENCY');
  const isPlatform = computed(() => organisationKind.value === 'PLATFORM');

  async function switchTo(membershipId: string): Promise<void> {
    if (membershipId === activeMembership.value?.id) return;
    await session.switchMembership(membershipId);
  }

  return {
    activeMembership,
    memberships,
    organisationName,
    organisationKind,
    organisationId,
    role,
    canSwitch,
    isInstitution,
    isAgency,
    isPlatform,
    switchTo,
  };
});
