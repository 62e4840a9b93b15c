import { createHash } from 'node:crypto';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from './support/test-gateway.js';
import { Department } from '@dsg/server-organisations';
import { newId } from '@dsg/server-core';
import { asPlatform, enrol, login, makeAgency, makeInstitution, makeUser, uniq } from './support/fixtures.js';

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

/**
 * An institution whose task 1 (led by a task lead, 教务处 leading) has a milestone and an indicator
 * with one reported actual: real objects to attach evidence to.
 */
async function institutionWithActual() {
  const { programme } = await makeAgency(gw.db);
  const inst = await makeInstitution(gw.db);
  const e = await enrol(gw.db, inst.institution.id, programme);
  const tenantId = inst.institution.id;
  const admin = (await login(gw, (await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId })).user.username)).token;
  const lead = await makeUser(gw.db, { role: 'TASK_LEAD', tenantId });
  const gql = async (q: string, v: Record<string, unknown>) => {
    const r = await gw.gql<any>(q, v, { token: admin });
    expect(r.errors, r.raw).toBeUndefined();
    return r.data;
  };
  const book = (await gql('mutation($e:ID!){ createTaskBook(input:{enrolmentId:$e}){ id } }', { e: e.id })).createTaskBook.id;
  const task = (await gql('mutation($b:ID!,$l:ID,$d:ID){ addTask(input:{taskBookId:$b, title:"深化教学改革", leaderUserId:$l, leadDepartmentId:$d}){ id } }', { b: book, l: lead.user.id, d: inst.department.id })).addTask.id;
  const milestone = (await gql('mutation($t:ID!){ addMilestone(input:{taskId:$t, title:"教学成果奖申报", dueDate:"2025-10-31"}){ id } }', { t: task })).addMilestone.id;
  const indicator = (await gql('mutation($t:ID!){ addIndicator(input:{taskId:$t, code:"1-1", name:"国家级教学成果奖", category:OUTPUT_QUANTITY, finalTarget:2}){ id } }', { t: task })).addIndicator.id;
  const actual = (await gql('mutation($i:ID!){ recordActuals(input:{period:"2025-Q1", entries:[{indicatorId:$i, value:1}]}){ id } }', { i: indicator })).recordActuals[0].id as string;
  return { inst, tenantId, admin, lead, task, milestone, actual };
}

async function upload(token: string, objectId: string, name: string, body: Buffer, replaces?: string, objectType = 'IndicatorActual') {
  const form = new FormData();
  form.set('objectType', objectType);
  form.set('objectId', objectId);
  if (replaces) form.set('replaces', replaces);
  form.set('file', new Blob([body]), name);
  const res = await fetch(`${gw.url}/evidence`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

describe('evidence files', () => {
  it('records the SHA-256 at upload, serves the same bytes, versions a replacement, and reviews', async () => {
    const w = await institutionWithActual();
    const token = w.admin;
    const objectId = w.actual;
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
    const w = await institutionWithActual();
    const { token } = await login(gw, w.lead.user.username);
    const objectId = w.actual;
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
    const w = await institutionWithActual();
    const a = w.inst;
    const b = await makeInstitution(gw.db);
    const ta = w.admin;
    const tb = (await login(gw, (await makeUser(gw.db, { role: 'INSTITUTION_ADMIN', tenantId: b.institution.id })).user.username)).token;
    const objectId = w.actual;
    const up = await upload(ta, objectId, 'a.pdf', PDF);
    // Nor attach its own files to A's objects.
    expect((await upload(tb, objectId, 'b.pdf', PDF)).status).toBe(404);
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

describe('who may attach evidence to what', () => {
  it('only to existing objects the uploader works on: the task’s lead and departments, the 双高办; nobody else, nothing unknown', async () => {
    const w = await institutionWithActual();
    const other = await makeUser(gw.db, { role: 'TASK_LEAD', tenantId: w.tenantId });
    const otherDept = await asPlatform(gw.db, async (em) => {
      const d = em.create(Department, { id: newId(), tenantId: w.tenantId, code: uniq('D'), name: '财务处', nameEn: 'Finance', kind: 'ADMINISTRATIVE' } as Department);
      await em.flush();
      return d;
    });
    const leadingContributor = await makeUser(gw.db, { role: 'DEPARTMENT_CONTRIBUTOR', tenantId: w.tenantId, departmentId: w.inst.department.id });
    const otherContributor = await makeUser(gw.db, { role: 'DEPARTMENT_CONTRIBUTOR', tenantId: w.tenantId, departmentId: otherDept.id });
    const tokenOf = async (u: { user: { username: string } }) => (await login(gw, u.user.username)).token;
    const lead = await tokenOf(w.lead);

    // The task's lead: the actual, the task and its milestone.
    expect((await upload(lead, w.actual, 'actual.pdf', PDF)).status).toBe(201);
    expect((await upload(lead, w.task, 'plan.pdf', PDF, undefined, 'ConstructionTask')).status).toBe(201);
    expect((await upload(lead, w.milestone, 'done.pdf', PDF, undefined, 'Milestone')).status).toBe(201);
    // The leading department's contributor reports the actual, and may evidence it; not the other department's.
    expect((await upload(await tokenOf(leadingContributor), w.actual, 'dept.pdf', PDF)).status).toBe(201);
    const refused = await upload(await tokenOf(otherContributor), w.actual, 'nope.pdf', PDF);
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    // A task lead of other tasks may not attach files to this one.
    expect((await upload(await tokenOf(other), w.milestone, 'nope.pdf', PDF, undefined, 'Milestone')).body.errors[0].extensions.code).toBe('FORBIDDEN');
    // Objects that do not exist, and object types nobody answers for yet, are not found.
    expect((await upload(w.admin, '11111111-1111-4111-8111-111111111111', 'ghost.pdf', PDF)).status).toBe(404);
    expect((await upload(w.admin, w.task, 'report.pdf', PDF, undefined, 'Report')).status).toBe(404);
    const stored = await gw.gql<any>('query($o:ID!){ evidence(objectType:"IndicatorActual", objectId:$o){ fileName } }', { o: w.actual }, { token: w.admin });
    expect(stored.data.evidence.map((e: any) => e.fileName).sort()).toEqual(['actual.pdf', 'dept.pdf']);
  });
});

describe('slow uploads', () => {
  it('a multipart body whose file part arrives later still runs in the request’s context (regression)', async () => {
    const { request } = await import('node:http');
    const w = await institutionWithActual();
    const token = w.admin;
    const boundary = 'dsgboundary';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="objectType"\r\n\r\nIndicatorActual\r\n--${boundary}\r\nContent-Disposition: form-data; name="objectId"\r\n\r\n${w.actual}\r\n`;
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
