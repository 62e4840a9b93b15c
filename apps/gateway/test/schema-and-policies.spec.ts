import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { POLICY_KEY, coreResolvers } from '@dsg/server-core';
import { organisationResolvers } from '@dsg/server-organisations';
import { identityResolvers } from '@dsg/server-identity';
import { taskBookResolvers } from '@dsg/server-task-book';
import { evidenceResolvers } from '@dsg/server-evidence';
import { reportingResolvers } from '@dsg/server-reporting';
import { SCHEMA_HEADER, printGatewaySchema } from '../src/schema/print-schema.js';
import { startGateway, codeOf, type TestGateway } from './support/test-gateway.js';

const RESOLVER_TYPE = 'graphql:resolver_type';
let gw: TestGateway;

beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

describe('the committed schema', () => {
  it('apps/gateway/schema.gql is what the code generates (run `npm run schema` when this fails)', async () => {
    const committed = await readFile(new URL('../schema.gql', import.meta.url), 'utf8');
    expect(committed).toBe(await printGatewaySchema());
  });

  it('is exactly the schema the running gateway serves', async () => {
    const r = await gw.gql<any>(getIntrospectionQuery());
    const served = SCHEMA_HEADER + printSchema(lexicographicSortSchema(buildClientSchema(r.data))) + '\n';
    expect(served).toBe(await printGatewaySchema());
  });

  it('introspection is off in production mode', async () => {
    const prod = await startGateway({ env: 'production' });
    try {
      const r = await prod.gql('{ __schema { queryType { name } } }');
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.status).toBe(400);
    } finally {
      await prod.close();
    }
  });
});

describe('every Query and Mutation declares its guard policy', () => {
  const resolvers = [...coreResolvers, ...organisationResolvers, ...identityResolvers, ...taskBookResolvers, ...evidenceResolvers, ...reportingResolvers];
  const rootOps = resolvers.flatMap((cls) =>
    Object.getOwnPropertyNames(cls.prototype)
      .map((name) => ({ cls: cls.name, name, fn: (cls.prototype as Record<string, unknown>)[name] }))
      .filter((m) => typeof m.fn === 'function' && ['Query', 'Mutation'].includes(Reflect.getMetadata(RESOLVER_TYPE, m.fn as object))),
  );

  it('finds every root field of the schema among the resolver classes', async () => {
    const r = await gw.gql<any>('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }');
    const fields = [...r.data.__schema.queryType.fields, ...r.data.__schema.mutationType.fields].length;
    expect(rootOps.length).toBe(fields);
  });

  it.each(rootOps.map((o) => [`${o.cls}.${o.name}`, o] as const))('%s has a @Policy, @Authenticated or @Public', (_n, op) => {
    const meta = Reflect.getMetadata(POLICY_KEY, op.fn as object);
    expect(meta?.kind).toMatch(/^(public|authenticated|ability)$/);
  });

  it('public operations are exactly the sign-in ones', () => {
    const pub = rootOps.filter((o) => Reflect.getMetadata(POLICY_KEY, o.fn as object)?.kind === 'public').map((o) => o.name).sort();
    expect(pub).toEqual(['login', 'logout', 'refreshSession']);
  });
});

describe('health', () => {
  it('liveness answers without touching dependencies; readiness checks PostgreSQL and Redis', async () => {
    expect(await (await fetch(`${gw.url}/health/live`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${gw.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { postgres: 'ok', redis: 'ok' } });
  });

  it('readiness fails (503) when Redis does not answer', async () => {
    const noRedis = await startGateway({ redisUrl: 'redis://127.0.0.1:1' });
    try {
      const r = await fetch(`${noRedis.url}/health/ready`);
      expect(r.status).toBe(503);
      expect((await r.json()).checks.redis).toMatch(/^down/);
    } finally {
      await noRedis.close().catch(() => undefined);
    }
  });
});
