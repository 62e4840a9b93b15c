import { computed, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { TaskHistoryDocument, toApiError, useGraphQL, type ApiError, type TaskHistoryEntryFragment, type TaskHistoryQuery } from '@dsg/admin-data-access';

export const HISTORY_PAGE_SIZE = 20;

/**
 * The 变更记录 of one task, page by page ("load more" appends). Nothing is loaded until the
 * history is first shown (`ensureLoaded`); when the task changes the entries are dropped and
 * answers still in flight for the previous task are ignored.
 */
export function useTaskHistory(taskId: MaybeRefOrGetter<string>, pageSize = HISTORY_PAGE_SIZE) {
  const { request } = useGraphQL();
  const entries = shallowRef<TaskHistoryEntryFragment[]>([]);
  const totalCount = ref(0);
  const hasNextPage = ref(false);
  const endCursor = ref<string | null>(null);
  const loading = ref(false);
  const loadingMore = ref(false);
  const error = shallowRef<ApiError | null>(null);
  const loaded = ref(false);
  /** Bumped on every reload and reset, so late answers of an earlier run are dropped. */
  let sequence = 0;
  /** The task the entries (or the load in flight) belong to. */
  let loadedFor: string | null = null;
  /** Whether the last failure was of a further page (retried as such) rather than the first. */
  let failedMore = false;

  function apply(page: TaskHistoryQuery['taskHistory'], append: boolean): void {
    const nodes = page.edges.map((edge) => edge.node);
    entries.value = append ? [...entries.value, ...nodes] : nodes;
    totalCount.value = page.totalCount;
    hasNextPage.value = page.pageInfo.hasNextPage;
    endCursor.value = page.pageInfo.endCursor ?? null;
    loaded.value = true;
  }

  async function fetchPage(append: boolean): Promise<void> {
    const run = append ? sequence : ++sequence;
    const current = toValue(taskId);
    loadedFor = current;
    const busy = append ? loadingMore : loading;
    busy.value = true;
    error.value = null;
    try {
      const data = await request(TaskHistoryDocument, { taskId: current, first: pageSize, after: append ? endCursor.value : null });
      if (run === sequence) apply(data.taskHistory, append);
    } catch (caught) {
      if (run === sequence) {
        error.value = toApiError(caught);
        failedMore = append;
      }
    } finally {
      if (run === sequence) busy.value = false;
    }
  }

  /** The first page afresh. */
  const reload = (): Promise<void> => fetchPage(false);

  async function loadMore(): Promise<void> {
    if (!hasNextPage.value || loading.value || loadingMore.value) return;
    await fetchPage(true);
  }

  /** Repeats what failed: the next page when that was it, else the first. */
  const retry = (): Promise<void> => (failedMore && loaded.value ? loadMore() : reload());

  /** Loads the first page unless the current task's entries are there or on their way. */
  function ensureLoaded(): void {
    if (loadedFor !== toValue(taskId)) reset();
    if (loadedFor === null || (error.value && !loaded.value && !loading.value)) void reload();
  }

  function reset(): void {
    sequence++;
    loadedFor = null;
    entries.value = [];
    totalCount.value = 0;
    hasNextPage.value = false;
    endCursor.value = null;
    loading.value = false;
    loadingMore.value = false;
    error.value = null;
    loaded.value = false;
  }

  // Another task: its predecessor's entries go (unless its own load has already begun).
  watch(
    () => toValue(taskId),
    (id) => {
      if (loadedFor !== id) reset();
    },
  );

  const isEmpty = computed(() => loaded.value && !error.value && entries.value.length === 0);

  return { entries, totalCount, hasNextPage, loading, loadingMore, error, loaded, isEmpty, reload, loadMore, retry, ensureLoaded, reset };
}
