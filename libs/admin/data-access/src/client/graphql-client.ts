import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { ApiError, apiErrorFromGraphQL, type GraphQLErrorPayload } from './api-error';

/** A generated document (TypedDocumentString): the query text plus its result and variable types. */
export type GraphQLDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
};

export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * Whether an UNAUTHENTICATED answer may trigger one session refresh and a retry.
   * Off for the session operations themselves (login, refresh, logout), which would loop.
   */
  authRetry?: boolean;
}

/** Variables are optional exactly when the operation has no required variables. */
export type RequestArgs<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, options?: RequestOptions]
    : [variables: TVariables, options?: RequestOptions];

export interface GraphQLClientOptions {
  /** Same-origin endpoint; the refresh cookie is scoped to this path. */
  url?: string;
  /** Injected for tests; defaults to the global fetch looked up at call time. */
  fetch?: typeof fetch;
  getAccessToken(): string | null;
  /** Sent as Accept-Language so server messages come back in the UI language. */
  getLocale(): string;
  /** Obtains a new access token from the refresh cookie; resolves false when the session is over. */
  refreshSession(): Promise<boolean>;
  /** Called when a request stays unauthenticated after a refresh attempt. */
  onSessionExpired(): void;
}

export interface GraphQLClient {
  request<TResult, TVariables>(
    document: GraphQLDocument<TResult, TVariables>,
    ...args: RequestArgs<TVariables>
  ): Promise<TResult>;
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorPayload[];
}

type Outcome<TResult> = { ok: true; data: TResult } | { ok: false; error: ApiError };

const OPERATION_NAME = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const url = options.url ?? '/graphql';
  // One refresh at a time: concurrent requests failing together share it instead of
  // each rotating the refresh cookie (which would invalidate the others' attempts).
  let refreshing: Promise<boolean> | null = null;

  function refreshOnce(): Promise<boolean> {
    refreshing ??= options.refreshSession().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  async function send<TResult>(
    query: string,
    variables: unknown,
    token: string | null,
    signal: AbortSignal | undefined,
  ): Promise<Outcome<TResult>> {
    const fetchImpl = options.fetch ?? globalThis.fetch;
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      'Accept-Language': options.getLocale(),
    };
    if (token) headers['Authorization'] = `Bearer ${token}`;

    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        headers,
        credentials: 'same-origin',
        body: JSON.stringify({ query, variables: variables ?? {}, operationName: OPERATION_NAME.exec(query)?.[1] }),
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      return { ok: false, error: new ApiError('NETWORK', '') };
    }

    let body: GraphQLResponse<TResult> | undefined;
    try {
      body = (await response.json()) as GraphQLResponse<TResult>;
    } catch {
      body = undefined;
    }

    const errors = body?.errors ?? [];
    if (errors.length > 0) {
      // An authentication failure anywhere in the response decides the outcome: it is the one we can fix by refreshing.
      const unauthenticated = errors.find((error) => error.extensions?.code === 'UNAUTHENTICATED');
      return { ok: false, error: apiErrorFromGraphQL(unauthenticated ?? errors[0]!) };
    }
    if (response.status === 401) return { ok: false, error: new ApiError('UNAUTHENTICATED', '') };
    if (!response.ok || body?.data == null) {
      // A gateway that is down or restarting shows up as a proxy error; to the user that is a connection problem.
      const unreachable = response.status === 502 || response.status === 503 || response.status === 504;
      return { ok: false, error: new ApiError(unreachable ? 'NETWORK' : 'INTERNAL', '') };
    }
    return { ok: true, data: body.data };
  }

  async function request<TResult, TVariables>(
    document: GraphQLDocument<TResult, TVariables>,
    ...[variables, requestOptions]: RequestArgs<TVariables>
  ): Promise<TResult> {
    const query = document.toString();
    const signal = requestOptions?.signal;
    const usedToken = options.getAccessToken();
    const first = await send<TResult>(query, variables, usedToken, signal);
    if (first.ok) return first.data;
    if (first.error.code !== 'UNAUTHENTICATED' || requestOptions?.authRetry === false) throw first.error;

    // Another request may already have refreshed while this one was in flight; then just retry.
    const tokenChanged = options.getAccessToken() !== usedToken && options.getAccessToken() !== null;
    const refreshed = tokenChanged || (await refreshOnce());
    if (refreshed) {
      const second = await send<TResult>(query, variables, options.getAccessToken(), signal);
      if (second.ok) return second.data;
      if (second.error.code !== 'UNAUTHENTICATED') throw second.error;
    }
    options.onSessionExpired();
    throw first.error;
  }

  return { request };
}
