// The reporting cycle in a real browser, on the demo data of 广东工程职业技术学院 (annual programme,
// period 2026 opened by the worker's calendar tick): the task lead reports an actual and submits
// his task; the lead department (人力资源部) approves; the 双高办 approves, writes the report and
// submits it; the agency officer returns it with a reason; the 双高办 revises and resubmits; the
// agency accepts; the report downloads as Word and PDF.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { apiLogin, gatewayRequest, sql } from './support/backend';
import { byTestId, expectText, loginAs, logout } from './support/admin-app';
import { ACTION_TIMEOUT_MS, describe, expect, test } from './support/fixtures';
import { DEMO_PASSWORD } from './support/env';

const SECTION_TEXT = {
  progress: '2026年学校围绕省域高水平高职院校建设任务，按年度推进各项建设。',
  results: '引进高层次人才与“双师”素质提升计划完成年度目标。',
  problems: '部分项目资金执行进度偏慢。',
  nextSteps: '加快资金执行，完善绩效评价。',
};

/** The 2026 report of GDEP, created by the worker's tick at start-up (polled: the worker starts beside the tests). */
async function gdepReport(): Promise<string> {
  let id: string | undefined;
  await expect.poll(async () => {
    id = (await sql<{ id: string }>(`select r.id from period_report r join institution i on i.id = r.tenant_id where i.code = 'GDEP' and r.period = '2026'`))[0]?.id;
    return id;
  }, { timeout: 60_000, interval: 500 }).toBeTruthy();
  return id!;
}

/** Clicks a workflow button and, if Element Plus asks to confirm, confirms. */
async function act(page: Page, testId: string): Promise<void> {
  await byTestId(page, testId).click();
  const confirm = page.locator('.el-message-box__btns .el-button--primary');
  if (await confirm.isVisible({ timeout: 1_500 }).catch(() => false)) await confirm.click();
}

async function expectState(page: Page, state: string): Promise<void> {
  await expect.poll(() => byTestId(page, 'report-header').locator('[data-state]').getAttribute('data-state'), { timeout: ACTION_TIMEOUT_MS }).toBe(state);
}

/** The 双高办 passes every other task's review item through the API (one click each in the UI). */
async function approveOtherItems(reportId: string, keepCode: string): Promise<void> {
  const token = await apiLogin('gdep.admin', DEMO_PASSWORD);
  const items = async () => (await gatewayRequest<{ periodReport: { reviewItems: { id: string; taskCode: string; position: string }[] } }>(
    'query($id:ID!){ periodReport(id:$id){ reviewItems { id taskCode position } } }', { id: reportId }, { token })).data!.periodReport.reviewItems;
  for (const item of (await items()).filter((i) => i.taskCode !== keepCode)) {
    for (let step = 0; step < 4; step++) {
      const current = (await items()).find((i) => i.id === item.id)!;
      if (current.position === 'DONE') break;
      const decision = current.position === 'RESPONSIBLE' ? 'SUBMIT' : 'APPROVE';
      const r = await gatewayRequest('mutation($i:ID!,$d:ReviewDecision!){ decideReviewItem(input:{itemId:$i, decision:$d}){ position } }', { i: item.id, d: decision }, { token });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    }
  }
}

async function writeSections(page: Page, texts: Partial<typeof SECTION_TEXT>): Promise<void> {
  for (const [key, text] of Object.entries(texts)) {
    const area = byTestId(page, `report-section-${key}-editor-area`);
    await area.click();
    await page.keyboard.press('End');
    await page.keyboard.type(text);
  }
  await byTestId(page, 'report-save').click();
  await expect.poll(() => byTestId(page, 'report-unsaved').count(), { timeout: ACTION_TIMEOUT_MS }).toBe(0);
}

async function submitThroughOffice(page: Page): Promise<void> {
  await act(page, 'report-action-SUBMIT_TO_OFFICE');
  await expectState(page, 'SUBMITTED_TO_OFFICE');
  await act(page, 'report-action-OFFICE_APPROVE');
  await expectState(page, 'APPROVED');
  await act(page, 'report-action-SUBMIT_TO_AGENCY');
  await expectState(page, 'SUBMITTED_TO_AGENCY');
}

async function downloadAs(page: Page, format: 'DOCX' | 'PDF'): Promise<Buffer> {
  await byTestId(page, `report-generate-${format}`).click();
  const link = byTestId(page, `report-document-${format}`).first();
  await link.waitFor({ timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), link.click()]);
  return readFile((await download.path())!);
}

describe('reporting workflow', () => {
  test('task lead → department → 双高办 → agency returns → 双高办 resubmits → agency accepts → Word and PDF', async ({ page }) => {
    const reportId = await gdepReport();

    // 1. The task lead enters the 2026 actual of his indicator and submits task 5.
    await loginAs(page, 'gdep.lead');
    await page.goto('/my-indicators');
    await byTestId(page, 'granularity-YEAR').click();
    await byTestId(page, 'period-select').click();
    await byTestId(page, 'period-option-2026').click();
    await byTestId(page, 'actual-input-5.1-01').fill('150');
    await byTestId(page, 'save-actuals').click();
    await expect.poll(async () => (await sql<{ value: string }>(`select a.value::float8::text from indicator_actual a join performance_indicator p on p.id = a.indicator_id join institution i on i.id = p.tenant_id where i.code = 'GDEP' and p.code = '5.1-01' and a.period = '2026'`))[0]?.value, { timeout: ACTION_TIMEOUT_MS }).toBe('150');
    await page.goto('/reports/review-queue');
    await act(page, 'review-item-5-SUBMIT');
    await expect.poll(() => byTestId(page, 'review-item-5-SUBMIT').count(), { timeout: ACTION_TIMEOUT_MS }).toBe(0);
    await logout(page);

    // 2. The lead department (人力资源部) approves it.
    await loginAs(page, 'gdep.contrib');
    await page.goto('/reports/review-queue');
    await act(page, 'review-item-5-APPROVE');
    await expect.poll(() => byTestId(page, 'review-item-5-APPROVE').count(), { timeout: ACTION_TIMEOUT_MS }).toBe(0);
    await logout(page);

    // 3. The 双高办 approves task 5 (the others through the API), writes the report and submits it.
    await approveOtherItems(reportId, '5');
    await loginAs(page, 'gdep.admin');
    await page.goto('/reports/review-queue');
    await act(page, 'review-item-5-APPROVE');
    await expect.poll(() => byTestId(page, 'review-item-5-APPROVE').count(), { timeout: ACTION_TIMEOUT_MS }).toBe(0);
    await page.goto(`/reports/${reportId}`);
    await writeSections(page, SECTION_TEXT);
    await submitThroughOffice(page);
    await logout(page);

    // 4. The agency officer sees the approved figures and returns the report with a reason.
    await loginAs(page, 'gdedu.officer');
    await page.goto('/reports');
    await expectText(byTestId(page, 'reports-table'), /广东工程职业技术学院/);
    await page.goto(`/reports/${reportId}`);
    await byTestId(page, 'report-tab-figures').click();
    await expectText(byTestId(page, 'indicator-rows'), /5\.1-01/);
    await byTestId(page, 'report-action-AGENCY_RETURN').click();
    await byTestId(page, 'reason-dialog-input').fill('请补充资金执行进度偏慢的原因分析');
    await byTestId(page, 'reason-dialog-confirm').click();
    await expectState(page, 'RETURNED_BY_AGENCY');
    await logout(page);

    // 5. The 双高办 revises the problems section and resubmits through its own approval.
    await loginAs(page, 'gdep.admin');
    await page.goto(`/reports/${reportId}`);
    await writeSections(page, { problems: '原因：部分采购项目招标延期。' });
    await submitThroughOffice(page);
    await logout(page);

    // 6. The agency accepts; the timeline keeps the return and its reason; Word and PDF download.
    await loginAs(page, 'gdedu.officer');
    await page.goto(`/reports/${reportId}`);
    await act(page, 'report-action-AGENCY_ACCEPT');
    await expectState(page, 'ACCEPTED');
    await byTestId(page, 'report-tab-timeline').click();
    await expectText(byTestId(page, 'report-timeline'), /请补充资金执行进度偏慢的原因分析/);
    await byTestId(page, 'report-tab-downloads').click();
    const docx = await downloadAs(page, 'DOCX');
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(xml).toContain('广东工程职业技术学院');
    expect(xml).toContain('原因：部分采购项目招标延期。');
    const pdf = await downloadAs(page, 'PDF');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);

    const [row] = await sql<{ state: string; accepted_revision: number }>('select state, accepted_revision from period_report where id = $1', [reportId]);
    expect(row).toEqual({ state: 'ACCEPTED', accepted_revision: 1 });
  });
});
