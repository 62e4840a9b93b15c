// The task book end to end: a task lead reports this period's actual with an evidence file on
// "my indicators" and sees the computed attainment; a 双高办 admin downloads the template, fills it
// in and imports it into a draft task book, and sees the tree the worker built.
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { apiLogin, gatewayRequest, sql } from './support/backend';
import { byTestId, expectText, loginAs } from './support/admin-app';
import { ACTION_TIMEOUT_MS, describe, expect, test } from './support/fixtures';
import { DEMO_PASSWORD } from './support/env';

// 重庆工程职业技术学院 reports its figures yearly (the demo book holds 2021–2023); 2020 is still open.
// A period overlapping one already reported (2020-Q4 after 2020) would be refused, so it is a year.
const PERIOD = '2020';
const YEAR = 2020;

interface Row {
  code: string;
  kind: string;
  targets: { year: number; value: number }[];
  actuals: { period: string }[];
  attainment: number | null;
}

const MY_INDICATORS = `query($p:String){ myIndicators { code kind targets { year value } actuals { period } attainment(period:$p) } }`;

async function myIndicators(token: string): Promise<Row[]> {
  const r = await gatewayRequest<{ myIndicators: Row[] }>(MY_INDICATORS, { p: PERIOD }, { token });
  expect(r.errors).toBeUndefined();
  return r.data!.myIndicators;
}

const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;

/** A small but real PDF (the gateway checks the type by content, not by name). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

describe('task book', () => {
  test('a task lead enters this period’s actual with evidence and sees attainment update', async ({ page }) => {
    const token = await apiLogin('cqvie.lead', DEMO_PASSWORD);
    const target = (await myIndicators(token)).find(
      (i) => i.kind === 'QUANTITATIVE' && !i.actuals.some((a) => a.period.startsWith(PERIOD)) && (i.targets.find((t) => t.year === YEAR)?.value ?? 0) > 0,
    );
    // The demo book gives 郑欣 quantitative indicators with yearly targets; without one this test would prove nothing.
    expect(target, `a quantitative indicator of cqvie.lead without a ${PERIOD} actual`).toBeDefined();
    const code = target!.code;
    const value = target!.targets.find((t) => t.year === YEAR)!.value;

    await loginAs(page, 'cqvie.lead');
    await page.goto('/my-indicators');
    await byTestId(page, `granularity-YEAR`).click();
    await byTestId(page, 'period-select').click();
    await page.locator(`[data-testid="period-option-${PERIOD}"]:visible`).click();
    const before = await byTestId(page, `attainment-${code}`).innerText({ timeout: ACTION_TIMEOUT_MS });

    await byTestId(page, `actual-input-${code}`).fill(String(value));
    await byTestId(page, `actual-note-${code}`).fill('年度验收数据');
    await byTestId(page, 'save-actuals').click();
    await expectText(byTestId(page, `existing-${code}`), String(value));

    // Attainment is computed by the server; the page shows exactly that figure, and it changed.
    const after = (await myIndicators(token)).find((i) => i.code === code)!;
    expect(after.attainment).not.toBeNull();
    await expectText(byTestId(page, `attainment-${code}`), new RegExp(`^${percent(after.attainment!).replace('.', '\\.')} `));
    expect(await byTestId(page, `attainment-${code}`).innerText()).not.toBe(before);

    // Evidence: uploaded through the admin's proxy, listed with its review status, hash recorded.
    await byTestId(page, `evidence-upload-${code}`).setInputFiles({ name: '验收报告.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expectText(byTestId(page, `evidence-list-${code}`).locator('[data-testid="evidence-file"]').first(), /验收报告\.pdf/);
    await expectText(byTestId(page, `evidence-list-${code}`).locator('[data-testid="evidence-status"]').first(), /待审/);
    const stored = await sql<{ sha256: string; size: string }>(`select sha256, size::text from evidence_file where file_name = $1`, ['验收报告.pdf']);
    expect(stored).toEqual([{ sha256: createHash('sha256').update(PDF).digest('hex'), size: String(PDF.length) }]);
  });

  test('an institution admin imports the filled-in template and sees the tree', async ({ page }) => {
    // 宁波职业技术学院 has enrolments without a task book in the demo data: start one as a draft.
    const token = await apiLogin('nbpt.admin', DEMO_PASSWORD);
    const [enrolment] = await sql<{ id: string }>(
      `select e.id from enrolment e join institution i on i.id = e.tenant_id
        where i.code = 'NBPT' and not exists (select 1 from task_book b where b.enrolment_id = e.id) order by e.id limit 1`,
    );
    expect(enrolment).toBeDefined();
    const created = await gatewayRequest<{ createTaskBook: { id: string } }>('mutation($e:ID!){ createTaskBook(input:{enrolmentId:$e}){ id } }', { e: enrolment!.id }, { token });
    expect(created.errors).toBeUndefined();
    const bookId = created.data!.createTaskBook.id;

    await loginAs(page, 'nbpt.admin');
    await page.goto(`/task-books/${bookId}`);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: ACTION_TIMEOUT_MS }), byTestId(page, 'download-template').click()]);
    const templatePath = await download.path();
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    // Fill in the template's Tasks sheet, finding the columns by their headers as a college would.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(templatePath);
    const sheet = workbook.worksheets.find((s) => s.name.startsWith('任务'))!;
    const column = (header: string) => {
      let found = 0;
      sheet.getRow(1).eachCell((cell, col) => {
        if (String(cell.value).startsWith(header)) found = col;
      });
      expect(found, header).toBeGreaterThan(0);
      return found;
    };
    const [codeCol, titleCol] = [column('编号'), column('任务名称')];
    const tasks = [
      ['1', '加强党的建设'],
      ['1.1', '实施党建“双创”工程'],
      ['2', '打造技术技能人才培养高地'],
    ];
    tasks.forEach(([taskCode, title], i) => {
      sheet.getRow(i + 2).getCell(codeCol).value = taskCode!;
      sheet.getRow(i + 2).getCell(titleCol).value = title!;
    });
    const filled = Buffer.from(new Uint8Array(await workbook.xlsx.writeBuffer()));

    await byTestId(page, 'import-workbook').click();
    await byTestId(page, 'import-file').setInputFiles({ name: '任务书模板.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: filled });
    await byTestId(page, 'import-submit').click();
    // The worker runs the import; the dialog follows the job to its end.
    await page.locator('[data-testid="import-status"][data-status="SUCCEEDED"]').waitFor({ timeout: 60_000 });

    await page.keyboard.press('Escape');
    await expectText(byTestId(page, 'task-row-1').locator('[data-testid="task-title"]'), '加强党的建设');
    await expectText(byTestId(page, 'task-row-2').locator('[data-testid="task-title"]'), '打造技术技能人才培养高地');
    const rows = await sql<{ code: string; title: string }>('select code, title from construction_task where task_book_id = $1 order by code', [bookId]);
    expect(rows.map((r) => [r.code, r.title])).toEqual(tasks);
  });
});
