import type { GraphQLDocument, RequestOptions } from '../client/graphql-client';
import { useSessionStore } from '../stores/session-store';

/**
 * The request function without the per-operation variable check, for generic helpers
 * (pagination, queries) whose variables type is itself a type parameter.
 */
export type LooseRequest = <TResult, TVariables>(
  document: GraphQLDocument<TResult, TVariables>,
  variables?: TVariables,
  options?: RequestOptions,
) => Promise<TResult>;

/** The app's GraphQL client: authenticated, localised, refreshing the session when needed. */
export function useGraphQL() {
  const session = useSessionStore();
  const client = session.client;
  return {
    request: client.request,
    looseRequest: client.request as LooseRequest,
  };
}
