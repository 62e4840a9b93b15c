import { ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { toApiError, type ApiError } from '../client/api-error';
import type { GraphQLDocument } from '../client/graphql-client';
import { useGraphQL } from './use-graphql';

export interface UseQueryOptions {
  /** Run on creation (default true). */
  immediate?: boolean;
  /** Re-run when the variables change (default true). */
  watchVariables?: boolean;
}

/** Runs a query and keeps data, error and loading state; stale answers of superseded runs are dropped. */
export function useQuery<TResult, TVariables>(
  document: GraphQLDocument<TResult, TVariables>,
  variables: MaybeRefOrGetter<TVariables>,
  options: UseQueryOptions = {},
) {
  const { looseRequest } = useGraphQL();
  const data = shallowRef<TResult | null>(null);
  const error = shallowRef<ApiError | null>(null);
  const loading = ref(false);
  let sequence = 0;

  async function execute(): Promise<TResult | null> {
    const run = ++sequence;
    loading.value = true;
    error.value = null;
    try {
      const result = await looseRequest(document, toValue(variables));
      if (run === sequence) data.value = result;
      return result;
    } catch (caught) {
      if (run === sequence) error.value = toApiError(caught);
      return null;
    } finally {
      if (run === sequence) loading.value = false;
    }
  }

  if (options.watchVariables ?? true) watch(() => toValue(variables), () => void execute(), { deep: true });
  if (options.immediate ?? true) void execute();

  return { data, error, loading, execute };
}
