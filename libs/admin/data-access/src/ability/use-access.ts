import { useAbilityStore } from '../stores/ability-store';
import type { Action, Permission, Subject } from './ability';

/** Reactive permission checks for scripts and templates (`v-if="can('create', 'User')"`). */
export function useAccess() {
  const store = useAbilityStore();

  function can(action: Action, subject: Subject): boolean {
    return store.can(action, subject);
  }

  /** On one object, so conditional rules apply (e.g. a task lead's own tasks). */
  function canOn(action: Action, subject: Subject, object: Record<string, unknown>): boolean {
    return store.canOn(action, subject, object);
  }

  /** True when no permission is required, or when the given one is held. */
  function allows(permission: Permission | undefined): boolean {
    return permission === undefined || store.can(permission[0], permission[1]);
  }

  return { can, canOn, allows };
}
