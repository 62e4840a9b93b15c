import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { AppRawRule, ReviewItemFieldsFragment } from '@dsg/admin-data-access';
import { gqlError, type MockGraphQLHandler } from '@dsg/admin-data-access/testing';
import { reviewItemFixture } from '../testing/fixtures';
import { byTestId, fieldError, mountFeature, texts, toasts, typeInto } from '../testing/mount-feature';
import ReviewItemsTable from './review-items-table.vue';

const rules: AppRawRule[] = [{ action: ['read', 'update'], subject: 'ReviewItem' }];

const items: ReviewItemFieldsFragment[] = [
  reviewItemFixture('1', { position: 'RESPONSIBLE', state: 'DRAFT', canAct: true, version: 2 }),
  reviewItemFixture('2', { position: 'DEPARTMENT', state: 'IN_REVIEW', canAct: true, version: 5 }),
  reviewItemFixture('3', { position: 'CONSTRUCTION_GROUP', state: 'IN_REVIEW', canAct: false }),
  reviewItemFixture('4', { position: 'DONE', state: 'APPROVED', canAct: true }),
  reviewItemFixture('5', { position: 'RESPONSIBLE', state: 'RETURNED', canAct: false }),
];

async function mountTable(options: { list?: ReviewItemFieldsFragment[]; handlers?: Record<string, MockGraphQLHandler>; showReport?: boolean } = {}) {
  const mounted = await mountFeature(ReviewItemsTable, {
    props: { items: options.list ?? items, emptyText: '暂无审核项', showReport: options.showReport ?? false },
    session: { rules },
    handlers: options.handlers,
  });
  await flushPromises();
  return mounted;
}

const decided = (item: ReviewItemFieldsFragment) => ({ data: { decideReviewItem: { ...item, position: 'CONSTRUCTION_GROUP', version: item.version + 1 } } });
const decisionButtons = () =>
  Array.from(document.querySelectorAll<HTMLElement>('[data-testid^="review-item-"]'))
    .map((node) => node.dataset['testid']!)
    .filter((id) => /-(SUBMIT|APPROVE|RETURN)$/.test(id));

describe('review items', () => {
  it('offers decisions only where the user can act now, and only those of the item’s position', async () => {
    await mountTable();

    expect(texts('review-item-position')).toEqual(['填报人', '牵头部门', '建设组', '已通过', '填报人']);
    expect(texts('review-item-state')).toEqual(['未提交', '审核中', '审核中', '已通过', '已退回']);
    expect(decisionButtons()).toEqual(['review-item-1-SUBMIT', 'review-item-2-APPROVE', 'review-item-2-RETURN']);
    expect(byTestId('review-item-1-SUBMIT')?.textContent?.trim()).toBe('提交');
    expect(byTestId('review-item-2-RETURN')?.textContent?.trim()).toBe('退回');
  });

  it('submits and approves at once, with the item’s version', async () => {
    const { gateway, wrapper } = await mountTable({ handlers: { DecideReviewItem: (call) => decided(items.find((item) => item.id === (call.variables['input'] as { itemId: string }).itemId)!) } });

    byTestId('review-item-2-APPROVE')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('DecideReviewItem')).toHaveLength(1));
    expect(gateway.callsOf('DecideReviewItem')[0]!.variables).toEqual({ input: { itemId: 'ri-2', decision: 'APPROVE', reason: null, expectedVersion: 5 } });
    await vi.waitFor(() => expect(wrapper.emitted('changed')).toHaveLength(1));
    expect(toasts()).toContain('已通过“2 任务 2”');

    byTestId('review-item-1-SUBMIT')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('DecideReviewItem')).toHaveLength(2));
    expect(gateway.callsOf('DecideReviewItem')[1]!.variables).toEqual({ input: { itemId: 'ri-1', decision: 'SUBMIT', reason: null, expectedVersion: 2 } });
  });

  it('returns only with a reason', async () => {
    const { gateway, wrapper } = await mountTable({ handlers: { DecideReviewItem: decided(items[1]!) } });

    byTestId('review-item-2-RETURN')!.click();
    await vi.waitFor(() => expect(byTestId('reason-dialog-input')).not.toBeNull());
    expect(document.querySelector('.el-dialog__title')?.textContent).toBe('退回 · 2 任务 2');
    byTestId('reason-dialog-confirm')!.click();
    await vi.waitFor(() => expect(fieldError('reason-dialog-input')).toBe('请填写退回原因'));
    expect(gateway.callsOf('DecideReviewItem')).toHaveLength(0);

    typeInto('reason-dialog-input', '指标 2.1 缺少佐证材料');
    byTestId('reason-dialog-confirm')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('DecideReviewItem')).toHaveLength(1));
    expect(gateway.callsOf('DecideReviewItem')[0]!.variables).toEqual({
      input: { itemId: 'ri-2', decision: 'RETURN', reason: '指标 2.1 缺少佐证材料', expectedVersion: 5 },
    });
    await vi.waitFor(() => expect(wrapper.emitted('changed')).toHaveLength(1));
  });

  it('shows the server’s message and asks for a reload when someone decided first', async () => {
    const message = '该任务已被他人处理（当前：CONSTRUCTION_GROUP），请刷新后重试';
    const { wrapper } = await mountTable({ handlers: { DecideReviewItem: { errors: [gqlError('CONFLICT', message)] } } });

    byTestId('review-item-2-APPROVE')!.click();
    await vi.waitFor(() => expect(toasts()).toContain(message));
    expect(wrapper.emitted('changed')).toHaveLength(1);
  });

  it('in the queue, shows the period and opens the item’s report', async () => {
    const { router } = await mountTable({ list: [reviewItemFixture('1', { reportId: 'r-9', period: '2025-Q3', canAct: true })], showReport: true });

    expect(texts('review-item-period')).toEqual(['2025-Q3']);
    byTestId('review-item-1-open')!.click();
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/reports/r-9'));
  });
});
