import { shallowRef, watchEffect, type Directive, type ShallowRef, type WatchStopHandle } from 'vue';
import type { useAbilityStore } from '../stores/ability-store';
import type { Permission } from './ability';

type AbilityStore = ReturnType<typeof useAbilityStore>;

interface DirectiveState {
  permission: ShallowRef<Permission>;
  stop: WatchStopHandle;
}

/**
 * `v-access="['create', 'User']"` hides an element unless the ability allows it.
 * Hidden rather than removed so it reappears when rules change (membership switch) without
 * re-rendering the parent. This is a UI convenience; the gateway enforces the same rules.
 */
export function createAccessDirective(store: AbilityStore): Directive<HTMLElement, Permission> {
  const states = new WeakMap<HTMLElement, DirectiveState>();

  return {
    mounted(el, binding) {
      const originalDisplay = el.style.display;
      const permission = shallowRef(binding.value);
      const stop = watchEffect(() => {
        const [action, subject] = permission.value;
        el.style.display = store.can(action, subject) ? originalDisplay : 'none';
      });
      states.set(el, { permission, stop });
    },
    updated(el, binding) {
      const state = states.get(el);
      if (state && (state.permission.value[0] !== binding.value[0] || state.permission.value[1] !== binding.value[1])) {
        state.permission.value = binding.value;
      }
    },
    unmounted(el) {
      states.get(el)?.stop();
      states.delete(el);
    },
  };
}
