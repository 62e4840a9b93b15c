import { markRaw, ref } from 'vue';
import { defineStore } from 'pinia';
import { subject as caslSubject } from '@casl/ability';
import { createAppAbility, rulesFromPacked, type Action, type Subject } from '../ability/ability';

/**
 * Holds the one CASL ability of the app. The instance never changes (it is provided to
 * @casl/vue once); its rules are replaced on login, refresh and membership switch.
 */
export const useAbilityStore = defineStore('ability', () => {
  const ability = markRaw(createAppAbility());
  // Bumped on every rules change so `can` is reactive for computeds and templates.
  const version = ref(0);

  function applyPacked(packed: unknown): void {
    ability.update(rulesFromPacked(packed));
    version.value += 1;
  }

  function reset(): void {
    ability.update([]);
    version.value += 1;
  }

  function can(action: Action, subject: Subject): boolean {
    void version.value;
    return ability.can(action, subject);
  }

  /** `can` on one object: rules with conditions (own tasks, own tenant) are matched against it. */
  function canOn(action: Action, subjectName: Subject, object: Record<string, unknown>): boolean {
    void version.value;
    return ability.can(action, caslSubject(subjectName, { ...object }) as never);
  }

  return { ability, version, applyPacked, reset, can, canOn };
});
