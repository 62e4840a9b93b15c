import { ref, shallowRef } from 'vue';
import { toApiError, type ApiError } from '../client/api-error';
import type { GraphQLDocument, RequestArgs } from '../client/graphql-client';
import { useGraphQL } from './use-graphql';

/** Wraps a mutation with loading and error state. `mutate` rethrows as ApiError so forms can map field errors. */
export function useMutation<TResult, TVariables>(document: GraphQLDocument<TResult, TVariables>) {
  const { request } = useGraphQL();
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);

  async function mutate(...args: RequestArgs<TVariables>): Promise<TResult> {
    loading.value = true;
    error.value = null;
    try {
      return await request(document, ...args);
    } catch (caught) {
      error.value = toApiError(caught);
      throw error.value;
    } finally {
      loading.value = false;
    }
  }

  return { mutate, loading, error };
}
