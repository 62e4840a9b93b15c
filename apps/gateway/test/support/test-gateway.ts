import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Db, loadConfig, type AppConfig } from '@dsg/server-core';
import { createGatewayApp } from '../../src/bootstrap/create-app.js';
import { APP_URL, OWNER_URL, REDIS_URL } from '../../../../tools/testing/test-env.js';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; fields?: { field: string; message: string }[]; i18n?: Record<string, string> } }[];
  headers: Headers;
  raw: string;
}

export interface GqlOptions {
  token?: string;
  cookie?: string;
  locale?: 'zh-CN' | 'en';
  headers?: Record<string, string>;
}

/** Config of a test gateway: the test database (app role), real Redis, a queue prefix of its own. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    ...loadConfig({ ...process.env, NODE_ENV: 'test' }),
    databaseUrl: APP_URL,
    databaseOwnerUrl: OWNER_URL,
    redisUrl: REDIS_URL,
    queuePrefix: `dsg-test-${randomUUID().slice(0, 8)}`,
    loginBackoffBaseMs: 0,
    ...overrides,
  };
}

/** The real gateway (same middleware, guards and GraphQL config), listening on a free port. */
export async function startGateway(overrides: Partial<AppConfig> = {}) {
  const config = testConfig(overrides);
  const app = await createGatewayApp(config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, opts: GqlOptions = {}): Promise<GqlResult<T>> {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': opts.locale ?? 'zh-CN',
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...(opts.cookie ? { cookie: opts.cookie } : {}),
        ...opts.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const raw = await res.text();
    const body = JSON.parse(raw) as { data?: T; errors?: GqlResult['errors'] };
    return { status: res.status, data: body.data ?? null, errors: body.errors, headers: res.headers, raw };
  }

  return { app, url, config, db: app.get(Db), gql, close: () => app.close() };
}

export type TestGateway = Awaited<ReturnType<typeof startGateway>>;

/** The first error's code, or 'OK'. */
export function codeOf(r: GqlResult): string {
  return r.errors?.[0]?.extensions.code ?? 'OK';
}
