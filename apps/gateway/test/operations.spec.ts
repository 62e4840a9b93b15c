import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from './support/test-gateway.js';
import { login, makeInstitution, makeUser } from './support/fixtures.js';

let gw: TestGateway;

beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

describe('queue dashboard (Bull Board) is for the platform operator only', () => {
  it('anonymous 401, institution admin 403, platform operator 200 (by bearer token and by session cookie)', async () => {
    const tenantId = (await makeInstitution(gw.db)).institution.id;
    const admin = await login(gw, (await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId })).user.username);
    const ops = await login(gw, (await makeUser(gw.db, { role: 'PLATFORM_OPERATOR' })).user.username);
    const get = (headers: Record<string, string> = {}) => fetch(`${gw.url}/admin/queues`, { headers, redirect: 'manual' });
    expect((await get()).status).toBe(401);
    expect((await get({ authorization: `Bearer ${admin.token}` })).status).toBe(403);
    expect((await get({ cookie: admin.cookie })).status).toBe(403);
    const byToken = await get({ authorization: `Bearer ${ops.token}` });
    expect(byToken.status).toBe(200);
    expect(await byToken.text()).toMatch(/<html/i);
    expect((await get({ cookie: ops.cookie })).status).toBe(200);
  });
});
