import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { TaskBookActualsDocument, useQuery, type TaskBookActualsQuery } from '@dsg/admin-data-access';

export type BookActual = TaskBookActualsQuery['taskBook']['tasks'][number]['indicators'][number]['actuals'][number];

/**
 * The actuals of every indicator of a book, for the evidence review in the task drawer: loaded
 * on the first expanded indicator (not with the tree, which reloads after every plan edit).
 */
export function useBookActuals(taskBookId: MaybeRefOrGetter<string>) {
  const query = useQuery(TaskBookActualsDocument, () => ({ id: toValue(taskBookId) }), { immediate: false, watchVariables: false });
  const byIndicator = computed(
    () => new Map((query.data.value?.taskBook.tasks ?? []).flatMap((task) => task.indicators.map((indicator) => [indicator.id, indicator.actuals] as const))),
  );

  /** Loads once; later calls keep what was loaded. */
  function ensureLoaded(): void {
    if (!query.data.value && !query.loading.value) void query.execute();
  }

  const actualsOf = (indicatorId: string): BookActual[] => [...(byIndicator.value.get(indicatorId) ?? [])].sort((a, b) => b.period.localeCompare(a.period));

  return { actualsOf, loading: query.loading, error: query.error, loaded: computed(() => query.data.value !== null), ensureLoaded, reload: query.execute };
}
