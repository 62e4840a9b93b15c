// Direct access to the backend, for the expected values of the browser tests: GraphQL requests to
// the gateway (as a given user) and SQL on the e2e database (as the superuser, past row-level security).
import pg from 'pg';
import { inject } from 'vitest';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gatewayRequest<T>(
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; locale?: 'zh-CN' | 'en' } = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${inject('gatewayUrl')}/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      'Accept-Language': options.locale ?? 'zh-CN',
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`;

/** Signs in through the API; resolves the access token, or throws with the server's errors. */
export async function apiLogin(username: string, password: string): Promise<string> {
  const result = await gatewayRequest<{ login: { accessToken: string } }>(LOGIN, { input: { username, password } });
  if (!result.data?.login) throw new Error(`login of ${username} failed: ${JSON.stringify(result.errors)}`);
  return result.data.login.accessToken;
}

/** The gateway's error for a sign-in that fails, e.g. the wrong-password message in the given language. */
export async function apiLoginError(username: string, password: string, locale: 'zh-CN' | 'en'): Promise<{ code?: string; message: string }> {
  const result = await gatewayRequest<unknown>(LOGIN, { input: { username, password } }, { locale });
  const error = result.errors?.[0];
  if (!error) throw new Error(`login of ${username} was expected to fail but succeeded`);
  return { code: error.extensions?.code, message: error.message };
}

export async function sql<Row extends Record<string, unknown>>(text: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    return (await client.query<Row>(text, params)).rows;
  } finally {
    await client.end();
  }
}
