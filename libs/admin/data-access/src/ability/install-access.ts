import type { App } from 'vue';
import type { Pinia } from 'pinia';
import { abilitiesPlugin } from '@casl/vue';
import { useAbilityStore } from '../stores/ability-store';
import { createAccessDirective } from './access-directive';

/** Provides the ability to @casl/vue (`useAbility`, `<Can>`) and registers `v-access`. */
export function installAccess(app: App, pinia: Pinia): void {
  const store = useAbilityStore(pinia);
  app.use(abilitiesPlugin, store.ability);
  app.directive('access', createAccessDirective(store));
}
