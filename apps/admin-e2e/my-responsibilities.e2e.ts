// 人人肩上有指标: a task lead's page lists exactly the tasks and indicators of their signed
// responsibility agreements (目标责任书), as the database holds them.
import { sql } from './support/backend';
import { byTestId, expectPath, loginAs } from './support/admin-app';
import { ACTION_TIMEOUT_MS, describe, expect, test } from './support/fixtures';

describe('my responsibilities', () => {
  test('郑欣 (重庆工程职业技术学院) sees the tasks and indicators of her agreement', async ({ page }) => {
    const [agreement] = await sql<{ title: string; task_ids: string[]; indicator_ids: string[] }>(
      `select a.title, a.task_ids, a.indicator_ids from responsibility_agreement a join user_account u on u.id = a.responsible_user_id
        where u.username = 'cqvie.lead' and a.status <> 'ENDED'`,
    );
    expect(agreement, 'the demo data signs an agreement with cqvie.lead').toBeDefined();
    const taskCodes = (await sql<{ code: string }>('select code from construction_task where id = any($1::uuid[]) order by code', [agreement!.task_ids])).map((r) => r.code);
    const indicatorCodes = (await sql<{ code: string }>('select code from performance_indicator where id = any($1::uuid[]) order by code', [agreement!.indicator_ids])).map((r) => r.code);
    expect(taskCodes.length).toBeGreaterThan(0);

    await loginAs(page, 'cqvie.lead');
    await page.goto('/my-responsibilities');
    await expectPath(page, '/my-responsibilities');
    await expect.poll(() => byTestId(page, 'my-agreement-title').allInnerTexts(), { timeout: ACTION_TIMEOUT_MS }).toEqual([agreement!.title]);
    const shown = async (prefix: string) =>
      (await page.locator(`[data-testid^="${prefix}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!))).map((id) => id.slice(prefix.length)).sort();
    await expect.poll(() => shown('my-task-'), { timeout: ACTION_TIMEOUT_MS }).toEqual(taskCodes);
    expect((await shown('my-indicator-')).filter((c) => !c.startsWith('target-'))).toEqual(indicatorCodes);
  });
});
