import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { AppRawRule } from '@dsg/admin-data-access';
import { reviewItemFixture } from '../../testing/fixtures';
import { byTestId, mountFeature, texts } from '../../testing/mount-feature';
import ReviewQueueView from './queue.vue';

const rules: AppRawRule[] = [{ action: ['read', 'update'], subject: 'ReviewItem' }];

describe('review queue', () => {
  it('lists the items waiting for the user with their decisions, and reloads after one', async () => {
    const waiting = [
      reviewItemFixture('1', { reportId: 'r-1', period: '2025-Q3', position: 'DEPARTMENT', state: 'IN_REVIEW', canAct: true, taskTitle: '加强党的建设' }),
      reviewItemFixture('3', { reportId: 'r-2', period: null, position: 'RESPONSIBLE', state: 'RETURNED', canAct: true }),
    ];
    const { gateway, router } = await mountFeature(ReviewQueueView, {
      session: { rules },
      handlers: {
        ReviewQueue: [{ data: { reviewQueue: waiting } }, { data: { reviewQueue: waiting.slice(1) } }],
        DecideReviewItem: { data: { decideReviewItem: { ...waiting[0]!, position: 'OFFICE' } } },
      },
    });
    await flushPromises();

    expect(document.querySelector('.dsg-page__title')?.textContent).toBe('待我审核');
    expect(texts('review-item-period')).toEqual(['2025-Q3', '—']);
    expect(texts('review-item-title')).toEqual(['加强党的建设', '任务 3']);
    expect(byTestId('review-item-1-APPROVE')).not.toBeNull();
    expect(byTestId('review-item-1-RETURN')).not.toBeNull();
    expect(byTestId('review-item-3-SUBMIT')).not.toBeNull();

    byTestId('review-item-1-APPROVE')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('ReviewQueue')).toHaveLength(2));
    await vi.waitFor(() => expect(texts('review-item-code')).toEqual(['3']));

    byTestId('review-item-3-open')!.click();
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/reports/r-2'));
  });

  it('shows an empty queue', async () => {
    await mountFeature(ReviewQueueView, { session: { rules }, handlers: { ReviewQueue: { data: { reviewQueue: [] } } } });
    await flushPromises();

    expect(byTestId('review-items-table')?.textContent).toContain('暂无待办审核项');
  });
});
