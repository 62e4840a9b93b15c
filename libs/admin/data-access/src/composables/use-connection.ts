import { computed, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { toApiError, type ApiError } from '../client/api-error';
import type { GraphQLDocument } from '../client/graphql-client';
import { useGraphQL } from './use-graphql';

/** The Relay-style connection every list field of the API returns. */
export interface ConnectionLike<TNode> {
  edges: readonly { cursor: string; node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

export interface PageVariables {
  first?: number | null;
  after?: string | null;
}

export interface UseConnectionOptions<TResult, TVariables, TNode> {
  /** Filters (everything but first/after); a change reloads from the first page. */
  variables?: MaybeRefOrGetter<Omit<TVariables, keyof PageVariables>>;
  select: (data: TResult) => ConnectionLike<TNode>;
  pageSize?: number;
  immediate?: boolean;
}

/**
 * Cursor pagination with "load more": pages are appended, so a table keeps its rows while
 * more arrive. A reload (new filters) discards answers of earlier runs still in flight.
 */
export function useConnection<TResult, TVariables extends PageVariables, TNode>(
  document: GraphQLDocument<TResult, TVariables>,
  options: UseConnectionOptions<TResult, TVariables, TNode>,
) {
  const { looseRequest } = useGraphQL();
  const pageSize = options.pageSize ?? 20;

  const items = shallowRef<TNode[]>([]);
  const totalCount = ref(0);
  const hasNextPage = ref(false);
  const endCursor = ref<string | null>(null);
  const loading = ref(false);
  const loadingMore = ref(false);
  const error = shallowRef<ApiError | null>(null);
  /** True once a first page arrived; distinguishes "empty" from "not loaded yet". */
  const loaded = ref(false);
  let sequence = 0;

  async function fetchPage(after: string | null): Promise<ConnectionLike<TNode>> {
    const filters = toValue(options.variables) ?? {};
    const variables = { ...filters, first: pageSize, after } as TVariables;
    return options.select(await looseRequest(document, variables));
  }

  function applyPage(page: ConnectionLike<TNode>, append: boolean): void {
    const nodes = page.edges.map((edge) => edge.node);
    items.value = append ? [...items.value, ...nodes] : nodes;
    totalCount.value = page.totalCount;
    hasNextPage.value = page.pageInfo.hasNextPage;
    endCursor.value = page.pageInfo.endCursor ?? null;
    loaded.value = true;
  }

  async function reload(): Promise<void> {
    const run = ++sequence;
    loading.value = true;
    error.value = null;
    try {
      const page = await fetchPage(null);
      if (run === sequence) applyPage(page, false);
    } catch (caught) {
      if (run === sequence) error.value = toApiError(caught);
    } finally {
      if (run === sequence) loading.value = false;
    }
  }

  async function loadMore(): Promise<void> {
    if (!hasNextPage.value || loading.value || loadingMore.value) return;
    const run = sequence;
    loadingMore.value = true;
    error.value = null;
    try {
      const page = await fetchPage(endCursor.value);
      if (run === sequence) applyPage(page, true);
    } catch (caught) {
      if (run === sequence) error.value = toApiError(caught);
    } finally {
      loadingMore.value = false;
    }
  }

  /** Replaces one loaded item in place (after an edit) without reloading the list. */
  function replaceItem(predicate: (item: TNode) => boolean, next: TNode): void {
    items.value = items.value.map((item) => (predicate(item) ? next : item));
  }

  const isEmpty = computed(() => loaded.value && !error.value && items.value.length === 0);

  if (options.variables !== undefined) watch(() => toValue(options.variables), () => void reload(), { deep: true });
  if (options.immediate ?? true) void reload();

  return { items, totalCount, hasNextPage, loading, loadingMore, error, loaded, isEmpty, reload, loadMore, replaceItem };
}
