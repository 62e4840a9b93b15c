import { useAbilityStore } from '../stores/ability-store';
import type { Action, Permission, Subject } from './ability';

/** Reactive permission checks for scripts and templates (`v-if="can('create', 'User')"`). */
export function useAccess() {
  const store = useAbilityStore();

  function can(action: Action, subject: Subject): boolean {
    return store.can(action, subject);
  }

  /** True when no permission is required, or when the given one is held. */
  function allows(permission: Permission | undefined): boolean {
    return permission === undefined || store.can(permission[0], permission[1]);
  }

  return { can, allows };
}
