import type { GraphQLErrorPayload } from '../client/api-error';

/** What a mocked gateway answers for one operation. */
export interface MockGraphQLResponse {
  data?: unknown;
  errors?: GraphQLErrorPayload[];
  status?: number;
}

export interface RecordedGraphQLCall {
  operationName: string;
  variables: Record<string, unknown>;
  headers: Headers;
}

export type MockGraphQLHandler =
  | MockGraphQLResponse
  | ((call: RecordedGraphQLCall) => MockGraphQLResponse | Promise<MockGraphQLResponse>);

/**
 * A `fetch` replacement that plays the gateway at the network boundary: it routes by
 * operation name. A handler list is consumed in order (the last one repeats), which models
 * "first UNAUTHENTICATED, then OK". Unknown operations fail the test loudly.
 */
export function mockGraphQLFetch(handlers: Record<string, MockGraphQLHandler | MockGraphQLHandler[]>) {
  const calls: RecordedGraphQLCall[] = [];
  const counters = new Map<string, number>();

  const fetchMock = async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const body = JSON.parse(String(init?.body ?? '{}')) as { operationName?: string; variables?: Record<string, unknown> };
    const call: RecordedGraphQLCall = {
      operationName: body.operationName ?? '',
      variables: body.variables ?? {},
      headers: new Headers(init?.headers),
    };
    calls.push(call);

    const entry = handlers[call.operationName];
    if (entry === undefined) throw new Error(`mockGraphQLFetch: no handler for operation "${call.operationName}"`);
    const list = Array.isArray(entry) ? entry : [entry];
    const index = counters.get(call.operationName) ?? 0;
    counters.set(call.operationName, index + 1);
    const handler = list[Math.min(index, list.length - 1)]!;
    const response = typeof handler === 'function' ? await handler(call) : handler;

    return new Response(JSON.stringify({ data: response.data ?? null, errors: response.errors }), {
      status: response.status ?? 200,
      headers: { 'Content-Type': 'application/json' },
    });
  };

  return {
    fetch: fetchMock as typeof fetch,
    calls,
    /** Operation names in call order, for asserting sequences such as [Users, RefreshSession, Users]. */
    operations: () => calls.map((call) => call.operationName),
    callsOf: (operationName: string) => calls.filter((call) => call.operationName === operationName),
  };
}

/** A GraphQL error as the gateway shapes it. */
export function gqlError(code: string, message = code, fields?: { field: string; message: string }[]): GraphQLErrorPayload {
  return { message, extensions: fields ? { code, fields } : { code } };
}
