import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { AppRawRule } from '@dsg/admin-data-access';
import { gqlError, type MockGraphQLHandler } from '@dsg/admin-data-access/testing';
import { byTestId, fieldError, mountFeature, toasts } from '../../testing/mount-feature';
import ReviewChainView from './chain.vue';

const rules: AppRawRule[] = [{ action: 'manage', subject: 'ReviewChain' }, { action: 'read', subject: 'User' }];
const U1 = '11111111-1111-4111-8111-111111111111';
const U2 = '22222222-2222-4222-8222-222222222222';
const people = {
  data: {
    users: {
      edges: [
        { node: { id: U1, username: 'wang', displayName: '王院长' } },
        { node: { id: U2, username: 'li', displayName: '李处长' } },
      ],
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  },
};
const chain = (steps: string[], groupReviewerIds: string[] = []) => ({ data: { reviewChain: { steps, groupReviewerIds } } });

async function mountChain(handlers: Record<string, MockGraphQLHandler | MockGraphQLHandler[]>) {
  const mounted = await mountFeature(ReviewChainView, { session: { rules }, handlers: { ReviewChainPeople: people, ...handlers } });
  await flushPromises();
  return mounted;
}

const checkbox = (step: string) => byTestId(`review-chain-step-${step}`)!;
const checked = (step: string) => checkbox(step).classList.contains('is-checked');
const toggle = (step: string) => checkbox(step).querySelector<HTMLInputElement>('input')!.click();

async function pickReviewer(id: string): Promise<void> {
  byTestId('review-chain-reviewers')!.click();
  await flushPromises();
  byTestId(`review-chain-reviewer-option-${id}`)!.click();
  await flushPromises();
}

describe('review chain settings', () => {
  it('shows the configured steps, with the office always on', async () => {
    await mountChain({ ReviewChainSettings: chain(['DEPARTMENT', 'OFFICE']) });

    expect(checked('DEPARTMENT')).toBe(true);
    expect(checked('CONSTRUCTION_GROUP')).toBe(false);
    expect(checked('OFFICE')).toBe(true);
    expect(checkbox('OFFICE').classList.contains('is-disabled')).toBe(true);
    expect(byTestId('review-chain-order')?.textContent).toBe('审核顺序：牵头部门审核 → 双高办审核（必选）');
  });

  it('needs a reviewer for the construction group step, then saves the steps in order with the reviewers', async () => {
    const { gateway } = await mountChain({
      ReviewChainSettings: [chain(['OFFICE']), chain(['DEPARTMENT', 'CONSTRUCTION_GROUP', 'OFFICE'], [U2])],
      SetReviewChain: { data: { setReviewChain: { steps: ['DEPARTMENT', 'CONSTRUCTION_GROUP', 'OFFICE'], groupReviewerIds: [U2] } } },
    });

    toggle('CONSTRUCTION_GROUP');
    toggle('DEPARTMENT');
    await flushPromises();
    byTestId('review-chain-save')!.click();
    await vi.waitFor(() => expect(fieldError('review-chain-reviewers')).toBe('启用建设组审核时，请至少选择一名审核人'));
    expect(gateway.callsOf('SetReviewChain')).toHaveLength(0);

    await pickReviewer(U2);
    byTestId('review-chain-save')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('SetReviewChain')).toHaveLength(1));
    expect(gateway.callsOf('SetReviewChain')[0]!.variables).toEqual({
      input: { steps: ['DEPARTMENT', 'CONSTRUCTION_GROUP', 'OFFICE'], groupReviewerIds: [U2] },
    });
    await vi.waitFor(() => expect(toasts()).toContain('审核流程已保存'));
    expect(gateway.callsOf('ReviewChainSettings')).toHaveLength(2);
  });

  it('sends no reviewers without the construction group step', async () => {
    const { gateway } = await mountChain({
      ReviewChainSettings: chain(['CONSTRUCTION_GROUP', 'OFFICE'], [U1]),
      SetReviewChain: { data: { setReviewChain: { steps: ['OFFICE'], groupReviewerIds: [] } } },
    });

    toggle('CONSTRUCTION_GROUP');
    await flushPromises();
    byTestId('review-chain-save')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('SetReviewChain')).toHaveLength(1));
    expect(gateway.callsOf('SetReviewChain')[0]!.variables).toEqual({ input: { steps: ['OFFICE'], groupReviewerIds: [] } });
  });

  it('shows the server’s field errors under their fields', async () => {
    await mountChain({
      ReviewChainSettings: chain(['CONSTRUCTION_GROUP', 'OFFICE'], [U1]),
      SetReviewChain: { errors: [gqlError('BAD_USER_INPUT', '输入有误', [{ field: 'groupReviewerIds', message: '审核人必须是本校成员' }])] },
    });

    byTestId('review-chain-save')!.click();
    await vi.waitFor(() => expect(fieldError('review-chain-reviewers')).toBe('审核人必须是本校成员'));
    expect(byTestId('review-chain-error')).toBeNull();
  });
});
