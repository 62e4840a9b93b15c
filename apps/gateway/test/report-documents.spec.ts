import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { JobRunner } from '@dsg/server-core';
import { REPORT_DOCUMENT_JOB } from '@dsg/server-reporting';
import type { JobEnvelope } from '@dsg/contracts';
import { startGateway, codeOf, type TestGateway } from './support/test-gateway.js';
import { readReport, recordActual, reportingWorld, reviewThrough, submitToAgency, transition, type World } from './support/reporting-world.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

/** Requests a document as `who` and runs the queued job in-process, as that user (like the worker). */
async function generate(w: World, who: { token: string; user: { id: string }; membership: { id: string } }, role: 'INSTITUTION_ADMIN' | 'AGENCY_OFFICER', format: string) {
  const r = await gw.gql<any>('mutation($id:ID!,$f:ReportDocumentFormat!){ generateReportDocument(reportId:$id, format:$f){ id status } }', { id: w.reportId, f: format }, { token: who.token });
  expect(r.errors, r.raw).toBeUndefined();
  const run = r.data.generateReportDocument;
  const envelope: JobEnvelope = {
    jobRunId: run.id, tenantId: role === 'AGENCY_OFFICER' ? null : w.inst.institution.id, agencyId: role === 'AGENCY_OFFICER' ? w.agency.id : null,
    actorId: who.user.id, membershipId: who.membership.id, role, requestId: `doc-${run.id}`, payload: { reportId: w.reportId, revision: 1, format },
  };
  const result = await gw.app.get(JobRunner).run(envelope, REPORT_DOCUMENT_JOB, 1, true) as { documentId: string };
  const job = await gw.gql<any>('query($id:ID!){ jobRun(id:$id){ status progress } }', { id: run.id }, { token: who.token });
  expect(job.data.jobRun).toEqual({ status: 'SUCCEEDED', progress: 100 });
  return result.documentId;
}

async function download(id: string, token: string): Promise<{ status: number; bytes: Buffer; type: string | null }> {
  const res = await fetch(`${gw.url}/report-documents/${id}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') };
}

async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) text += (await (await doc.getPage(n)).getTextContent()).items.map((i: any) => i.str ?? '').join('');
  return { pages: doc.numPages, text };
}

describe('generated report documents', () => {
  it('the accepted report downloads as Word, PDF and the figures workbook, with its sections and figures; only those who may read the report get the files', async () => {
    const w = await reportingWorld(gw);
    await recordActual(w, w.lead.token, 2);
    await reviewThrough(w);
    await submitToAgency(w);
    expect(codeOf(await transition(w, w.officer.token, 'AGENCY_ACCEPT'))).toBe('OK');
    const figures = (await readReport(w, w.officer.token)).data.periodReport.revision.figures;

    const docx = await generate(w, w.officer, 'AGENCY_OFFICER', 'DOCX');
    const file = await download(docx, w.officer.token);
    expect(file.status).toBe(200);
    const xml = await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')!.async('string');
    for (const text of ['重庆工业职业技术学院（测试）', '2025年第三季度', '工作推进基本情况', '阶段性建设成效', '存在问题和原因分析', '按季度', '国家级教师教学创新团队', '50.0%']) {
      expect(xml, text).toContain(text);
    }

    const pdf = await generate(w, w.admin, 'INSTITUTION_ADMIN', 'PDF');
    const printed = await download(pdf, w.admin.token);
    expect(printed.type).toBe('application/pdf');
    const { pages, text } = await pdfText(printed.bytes);
    expect(pages).toBe(3); // cover and sections; figures; indicator table and achievements
    expect(text.replace(/\s/g, '')).toContain('重庆工业职业技术学院（测试）');

    const xlsx = await generate(w, w.admin, 'INSTITUTION_ADMIN', 'XLSX');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(xlsx, w.admin.token)).bytes as never);
    const rows = book.getWorksheet('指标')!.getSheetValues().filter(Boolean) as unknown[][];
    const row = rows.find((r) => r.includes('2-1'))!;
    expect(row).toEqual(expect.arrayContaining([figures.indicators.rows[0].target, figures.indicators.rows[0].actual, figures.indicators.rows[0].attainment]));

    const listed = await gw.gql<any>('query($id:ID!){ reportDocuments(reportId:$id){ id format revision downloadPath } }', { id: w.reportId }, { token: w.officer.token });
    expect(listed.data.reportDocuments.map((d: any) => d.format).sort()).toEqual(['DOCX', 'PDF', 'XLSX']);
    expect((await download(docx, w.otherOfficer.token)).status).toBe(404);
    expect((await download(docx, 'not-a-token')).status).toBe(401);
  });

  it('the agency cannot generate or download a draft', async () => {
    const w = await reportingWorld(gw);
    const r = await gw.gql<any>('mutation($id:ID!){ generateReportDocument(reportId:$id, format:DOCX){ id } }', { id: w.reportId }, { token: w.officer.token });
    expect(codeOf(r)).toBe('NOT_FOUND');
    const mine = await generate(w, w.admin, 'INSTITUTION_ADMIN', 'DOCX');
    expect((await download(mine, w.admin.token)).status).toBe(200);
    expect((await download(mine, w.officer.token)).status).toBe(404);
  });

  it('the national monitoring export (JSON and Excel) carries the accepted figures; nothing before submission, nothing for another agency', async () => {
    const w = await reportingWorld(gw);
    const get = (path: string, token: string) => fetch(`${gw.url}/report-exports/${w.reportId}/${path}`, { headers: { authorization: `Bearer ${token}` } });
    const early = await get('national.json', w.admin.token);
    expect(early.status).toBe(409);
    expect((await early.json()).errors[0].extensions.code).toBe('CONFLICT');
    await recordActual(w, w.lead.token, 2);
    await reviewThrough(w);
    await submitToAgency(w);
    expect(codeOf(await transition(w, w.officer.token, 'AGENCY_ACCEPT'))).toBe('OK');
    const figures = (await readReport(w, w.officer.token)).data.periodReport.revision.figures;

    const res = await get('national.json', w.officer.token);
    expect(res.status).toBe(200);
    const data = await res.json();
    expect(data).toMatchObject({ format: 'dsg.national-monitoring', formatVersion: 1, institution: { name: '重庆工业职业技术学院（测试）' }, period: { code: '2025-Q3' }, report: { revision: 1, state: 'ACCEPTED' } });
    expect(data.figures.indicatorAttainmentRate).toBe(figures.indicators.attainmentRate);
    expect(data.indicators).toEqual([{ taskCode: '1', code: '2-1', name: '国家级教师教学创新团队', unit: '个', target: 4, actual: 2, attainment: 0.5 }]);

    const xlsx = await get('national.xlsx', w.admin.token);
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    expect(book.getWorksheet('指标')!.getRow(2).getCell(6).value).toBe(2);
    expect((await get('national.json', w.otherOfficer.token)).status).toBe(404);
  });
});
