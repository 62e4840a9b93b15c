// A task in detail and the funds of a book, in a real browser: a 双高办 admin adds a milestone to a
// draft task and finds it in the task's change history; the funds page shows the server's rates and
// draws its chart (a chart that fails to draw only shows in the browser console).
import { apiLogin, gatewayRequest, sql } from './support/backend';
import { byTestId, expectText, loginAs } from './support/admin-app';
import { ACTION_TIMEOUT_MS, describe, expect, test } from './support/fixtures';
import { DEMO_PASSWORD } from './support/env';

const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;

/** 天津职业大学's book whose title contains `part` (the demo data has one draft and two approved ones). */
async function tjviBook(part: string): Promise<string> {
  const rows = await sql<{ id: string }>(
    `select b.id from task_book b join institution i on i.id = b.tenant_id where i.code = 'TJVI' and b.title like $1 order by b.id limit 1`,
    [`%${part}%`],
  );
  expect(rows, `a TJVI task book titled …${part}…`).toHaveLength(1);
  return rows[0]!.id;
}

describe('task detail and funds', () => {
  test('an institution admin adds a milestone to a draft task and sees it in the task’s change history', async ({ page }) => {
    const bookId = await tjviBook('包装');
    await loginAs(page, 'tjvi.admin');
    await page.goto(`/task-books/${bookId}`);
    await byTestId(page, 'task-row-1').locator('[data-testid="task-title"]').click();
    await byTestId(page, 'task-drawer-tabs').waitFor({ timeout: ACTION_TIMEOUT_MS });

    const title = `专业群中期自评报告 ${Date.now().toString(36)}`;
    await byTestId(page, 'task-drawer-tab-milestones').click();
    await byTestId(page, 'add-milestone').click();
    await byTestId(page, 'milestone-title-input').fill(title);
    await byTestId(page, 'milestone-due-date').fill('2023-06-30');
    await byTestId(page, 'milestone-submit').click();
    await expectText(byTestId(page, 'milestone-table').locator('[data-testid="milestone-title"]', { hasText: title }), title);
    const stored = await sql<{ due_date: string }>(`select due_date::text from milestone where title = $1`, [title]);
    expect(stored).toEqual([{ due_date: '2023-06-30' }]);

    // The history is the audit log: its newest entry is this addition, by this admin.
    await byTestId(page, 'task-drawer-tab-history').click();
    const newest = byTestId(page, 'history-entry').first();
    await expectText(newest.locator('[data-testid="history-summary"]'), new RegExp(title));
    expect(await newest.getAttribute('data-object-type')).toBe('Milestone');
    await expectText(newest.locator('[data-testid="history-actor"]'), /\S+/);
  });

  test('the funds page shows the book’s rates as the server computes them and draws its chart', async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const bookId = await tjviBook('高水平高职学校建设');
    const token = await apiLogin('tjvi.admin', DEMO_PASSWORD);
    const r = await gatewayRequest<{ taskBook: { funds: { arrivalRate: number | null; executionRate: number | null } } }>(
      'query($id:ID!){ taskBook(id:$id){ funds { arrivalRate executionRate } } }',
      { id: bookId },
      { token },
    );
    expect(r.errors).toBeUndefined();
    const { arrivalRate, executionRate } = r.data!.taskBook.funds;
    // The demo book has budgets and movements; without them this test would prove nothing.
    expect(arrivalRate).not.toBeNull();
    expect(executionRate).not.toBeNull();

    await loginAs(page, 'tjvi.admin');
    await page.goto(`/task-books/${bookId}/funds`);
    await expectText(byTestId(page, 'book-funds-arrivalRate'), percent(arrivalRate!));
    await expectText(byTestId(page, 'book-funds-executionRate'), percent(executionRate!));
    // ECharts draws into a canvas once its chart type and renderer are registered.
    await page.locator('.dsg-chart canvas').first().waitFor({ timeout: ACTION_TIMEOUT_MS });
    expect(problems).toEqual([]);
  });
});
