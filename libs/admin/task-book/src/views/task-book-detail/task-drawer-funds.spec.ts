import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { AppRawRule } from '@dsg/admin-data-access';
import type { MockGraphQLHandler } from '@dsg/admin-data-access/testing';
import { bookFixture, fundFigures, taskFixture as task } from '../../testing/fixtures';
import { byTestId, mountFeature, typeInto } from '../../testing/mount-feature';
import { openDrawerTab } from '../../testing/task-drawer';
import TaskBookDetailView from './index.vue';

// 资金 in the task book detail: the drawer's funds tab (its editing is covered in
// components/task-funds.spec.ts) and the way to the book's funds page.

const adminRules: AppRawRule[] = [{ action: 'manage', subject: ['TaskBook', 'ConstructionTask'] }];

const empty = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
const detail = (approved = false) => ({
  data: {
    taskBook: {
      ...bookFixture({ currentVersionId: approved ? 'v-1' : null }),
      tasks: [
        task('1', { title: '加强党的建设', budget: [{ source: 'CENTRAL', year: 2025, amount: 100 }], funds: fundFigures({ budget: 100, arrived: 40, spent: 10 }) }),
      ],
    },
  },
});

async function mountDetail(handlers: Record<string, MockGraphQLHandler | MockGraphQLHandler[]> = {}) {
  const mounted = await mountFeature(TaskBookDetailView, {
    props: { id: 'book-1' },
    session: { rules: adminRules },
    handlers: {
      TaskBookDetail: detail(),
      TaskBookDepartments: { data: { departments: empty } },
      TaskBookPeople: { data: { users: empty } },
      ...handlers,
    },
  });
  await flushPromises();
  return mounted;
}

const text = (id: string) => byTestId(id)?.textContent?.trim();

describe('task book detail: funds', () => {
  it('opens the book’s funds page', async () => {
    const { router } = await mountDetail();

    byTestId('open-task-book-funds')!.click();
    // The funds page is loaded lazily on first navigation.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/task-books/book-1/funds'), { timeout: 5000 });
    expect(router.currentRoute.value.name).toBe('TaskBookFunds');
  });

  it('shows the task’s funds in the drawer and reloads the tree after a budget is saved', async () => {
    const { gateway } = await mountDetail({
      TaskBookDetail: [detail(), detail()],
      SetTaskBudget: { data: { setTaskBudget: [{ source: 'CENTRAL', year: 2025, amount: 90 }] } },
    });
    byTestId('task-row-1')!.click();
    await flushPromises();
    await openDrawerTab('funds');

    const section = byTestId('task-funds')!;
    expect(section.closest('[data-testid="task-drawer"]')).not.toBeNull();
    expect(text('task-funds-budget')).toBe('100 万元');
    expect(text('task-funds-arrivalRate')).toBe('40%');

    typeInto('budget-amount-0', '90');
    await flushPromises();
    byTestId('budget-save')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('SetTaskBudget')[0]?.variables).toEqual({ input: { taskId: 't-1', lines: [{ source: 'CENTRAL', year: 2025, amount: 90 }] } }));
    await vi.waitFor(() => expect(gateway.callsOf('TaskBookDetail')).toHaveLength(2));
  });
});
