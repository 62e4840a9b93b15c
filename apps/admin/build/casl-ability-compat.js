// @casl/vue 2.2.6 imports `PureAbility`, which @casl/ability 7 renamed to `Ability`.
// Only @casl/vue's import of @casl/ability is pointed here (see casl-vue-compat.ts), so the
// app and @casl/vue share the same Ability class (its plugin checks `instanceof`).
export * from '@casl/ability';
export { Ability as PureAbility } from '@casl/ability';
