import { createHash } from 'node:crypto';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from './support/test-gateway.js';
import { login, makeInstitution, makeUser } from './support/fixtures.js';

let gw: TestGateway;
let dir: string;
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 0x41), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dsg-evidence-'));
  process.env.EVIDENCE_DIR = dir;
  process.env.EVIDENCE_MAX_BYTES = '100000';
  gw = await startGateway();
});
afterAll(async () => {
  await gw?.close();
  delete process.env.EVIDENCE_DIR;
  delete process.env.EVIDENCE_MAX_BYTES;
});

async function upload(token: string, objectId: string, name: string, body: Buffer, replaces?: string) {
  const form = new FormData();
  form.set('objectType', 'IndicatorActual');
  form.set('objectId', objectId);
  if (replaces) form.set('replaces', replaces);
  form.set('file', new Blob([body]), name);
  const res = await fetch(`${gw.url}/evidence`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

describe('evidence files', () => {
  it('records the SHA-256 at upload, serves the same bytes, versions a replacement, and reviews', async () => {
    const inst = await makeInstitution(gw.db);
    const { token } = await login(gw, (await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: inst.institution.id })).user.username);
    const objectId = '11111111-1111-4111-8111-111111111111';
    const up = await upload(token, objectId, '2021年国家级教学成果奖证书.pdf', PDF);
    expect(up.status).toBe(201);
    expect(up.body.data).toMatchObject({ version: 1, contentType: 'application/pdf', size: PDF.length, sha256: sha(PDF), reviewStatus: 'PENDING' });
    const down = await fetch(`${gw.url}/evidence/${up.body.data.id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(down.status).toBe(200);
    expect(down.headers.get('content-disposition')).toContain(encodeURIComponent('2021年国家级教学成果奖证书.pdf'));
    expect(sha(Buffer.from(await down.arrayBuffer()))).toBe(sha(PDF));

    const v2 = await upload(token, objectId, '证书（更正）.png', PNG, up.body.data.id);
    expect(v2.body.data).toMatchObject({ version: 2, seriesId: up.body.data.seriesId, contentType: 'image/png' });
    const list = await gw.gql<any>('query($o:ID!){ evidence(objectType:"IndicatorActual", objectId:$o){ version fileName } }', { o: objectId }, { token });
    expect(list.data.evidence.map((e: any) => e.version)).toEqual([2, 1]);

    const ret = await gw.gql<any>('mutation($id:ID!){ reviewEvidence(input:{id:$id, approve:false, note:"证书页不清晰"}){ reviewStatus reviewNote } }', { id: v2.body.data.id }, { token });
    expect(ret.data.reviewEvidence).toEqual({ reviewStatus: 'RETURNED', reviewNote: '证书页不清晰' });
  });

  it('refuses oversized and disallowed files with typed errors and keeps nothing', async () => {
    const inst = await makeInstitution(gw.db);
    const { token } = await login(gw, (await makeUser(gw.db, { role: 'TASK_LEAD', tenantId: inst.institution.id })).user.username);
    const objectId = '22222222-2222-4222-8222-222222222222';
    const before = (await readdir(dir, { recursive: true })).length;
    const big = await upload(token, objectId, 'big.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200_000, 0x41)]));
    expect(big.status).toBe(400);
    expect(big.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', message: 'The file exceeds the 97.7 KB limit' }] });
    const exe = await upload(token, objectId, 'tool.exe', Buffer.from('MZ\x90\x00'));
    expect(exe.status).toBe(400);
    expect(exe.body.errors[0].extensions.fields[0].field).toBe('file');
    const disguised = await upload(token, objectId, 'report.pdf', PNG);
    expect(disguised.status).toBe(400);
    const list = await gw.gql<any>('query($o:ID!){ evidence(objectType:"IndicatorActual", objectId:$o){ id } }', { o: objectId }, { token });
    expect(list.data.evidence).toEqual([]);
    const after = (await readdir(dir, { recursive: true })).filter((f) => !String(f).startsWith('.tmp/')).length;
    expect(after).toBe(before);
  });

  it('another institution cannot download or list it; a tampered file fails its hash check on download', async () => {
    const a = await makeInstitution(gw.db);
    const b = await makeInstitution(gw.db);
    const ta = (await login(gw, (await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: a.institution.id })).user.username)).token;
    const tb = (await login(gw, (await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: b.institution.id })).user.username)).token;
    const objectId = '33333333-3333-4333-8333-333333333333';
    const up = await upload(ta, objectId, 'a.pdf', PDF);
    const cross = await fetch(`${gw.url}/evidence/${up.body.data.id}`, { headers: { authorization: `Bearer ${tb}` } });
    expect(cross.status).toBe(404);
    expect((await cross.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await fetch(`${gw.url}/evidence/${up.body.data.id}`)).status).toBe(401);
    expect((await gw.gql<any>('query($o:ID!){ evidence(objectType:"IndicatorActual", objectId:$o){ id } }', { o: objectId }, { token: tb })).data.evidence).toEqual([]);

    const key = `${a.institution.id}/${up.body.data.seriesId}/${up.body.data.id}`;
    await writeFile(join(dir, key), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 0x42), Buffer.from('\n%%EOF\n')]));
    // The response is cut off (no complete body ever arrives) when the bytes no longer match the hash.
    await expect(fetch(`${gw.url}/evidence/${up.body.data.id}`, { headers: { authorization: `Bearer ${ta}` } }).then((r) => r.arrayBuffer())).rejects.toThrow();
  });
});

describe('slow uploads', () => {
  it('a multipart body whose file part arrives later still runs in the request’s context (regression)', async () => {
    const { request } = await import('node:http');
    const inst = await makeInstitution(gw.db);
    const { token } = await login(gw, (await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: inst.institution.id })).user.username);
    const boundary = 'dsgboundary';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="objectType"\r\n\r\nIndicatorActual\r\n--${boundary}\r\nContent-Disposition: form-data; name="objectId"\r\n\r\n44444444-4444-4444-8444-444444444444\r\n`;
    const filePart = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slow.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
    const url = new URL(`${gw.url}/evidence`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: '/evidence', method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write(head);
      // The file part comes in separate, delayed chunks: busboy then emits from the socket's own context.
      setTimeout(() => {
        req.write(filePart);
        setTimeout(() => {
          req.write(PDF);
          req.end(`\r\n--${boundary}--\r\n`);
        }, 50);
      }, 50);
    });
    expect(status).toBe(201);
  });
});
