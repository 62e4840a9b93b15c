import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { AgreementRowFragment } from '@dsg/admin-data-access';
import { gqlError } from '@dsg/admin-data-access/testing';
import { byTestId, mountFeature } from '../../testing/mount-feature';
import MyResponsibilitiesView from './index.vue';

const everyoneRules = [{ action: 'read' as const, subject: 'ResponsibilityAgreement' as const }];

const agreement = (overrides: Partial<AgreementRowFragment> = {}): AgreementRowFragment => ({
  id: 'a-1',
  title: '2026年度目标责任书',
  headUserId: 'u-head',
  responsibleUserId: 'u-me',
  taskIds: ['t-1', 't-2.1'],
  indicatorIds: ['i-A'],
  signedOn: '2026-03-01',
  status: 'SIGNED',
  ...overrides,
});

const texts = (selector: string) => Array.from(document.querySelectorAll(selector)).map((node) => node.textContent?.trim());

describe('my responsibilities', () => {
  it('lists my agreements with the tasks and indicators they commit me to', async () => {
    await mountFeature(MyResponsibilitiesView, {
      session: { role: 'DEPARTMENT_CONTRIBUTOR', rules: everyoneRules },
      handlers: {
        MyResponsibilities: {
          data: {
            myResponsibilities: {
              agreements: [agreement(), agreement({ id: 'a-2', title: '草拟中的责任书', signedOn: null, status: 'DRAFT' })],
              tasks: [
                { id: 't-1', code: '1', title: '加强党的建设' },
                { id: 't-2.1', code: '2.1', title: '深化产教融合' },
              ],
              indicators: [{ id: 'i-A', code: 'A', name: '样板支部数', unit: '个', finalTarget: 5 }],
            },
          },
        },
      },
    });
    await flushPromises();

    const agreements = document.querySelectorAll('[data-testid="my-agreement"]');
    expect(agreements).toHaveLength(2);
    expect(agreements[0]!.textContent).toContain('2026年度目标责任书');
    expect(agreements[0]!.textContent).toContain('签订日期：2026-03-01');
    expect(agreements[0]!.querySelector('[data-testid="agreement-status"]')?.textContent?.trim()).toBe('已签订');
    expect(agreements[1]!.textContent).toContain('未签订');
    expect(agreements[1]!.querySelector('[data-testid="agreement-status"]')?.getAttribute('data-status')).toBe('DRAFT');

    expect(byTestId('my-task-1')?.closest('tr')?.textContent).toContain('加强党的建设');
    expect(byTestId('my-task-2.1')?.closest('tr')?.textContent).toContain('深化产教融合');
    const indicatorRow = byTestId('my-indicator-A')?.closest('tr');
    expect(indicatorRow?.textContent).toContain('样板支部数');
    expect(indicatorRow?.textContent).toContain('个');
    expect(byTestId('my-indicator-target-A')?.textContent?.trim()).toBe('5');
    expect(byTestId('my-responsibilities-empty')).toBeNull();
  });

  it('shows the empty state when I have no agreement', async () => {
    await mountFeature(MyResponsibilitiesView, {
      session: { rules: everyoneRules },
      handlers: { MyResponsibilities: { data: { myResponsibilities: { agreements: [], tasks: [], indicators: [] } } } },
    });
    await flushPromises();

    expect(byTestId('my-responsibilities')?.textContent).toContain('暂无目标责任书');
    expect(texts('[data-testid="my-agreement"]')).toEqual([]);
  });

  it('offers a retry when the page cannot be loaded', async () => {
    const { gateway } = await mountFeature(MyResponsibilitiesView, {
      session: { rules: everyoneRules },
      handlers: {
        MyResponsibilities: [{ errors: [gqlError('INTERNAL', '')] }, { data: { myResponsibilities: { agreements: [], tasks: [], indicators: [] } } }],
      },
    });
    await flushPromises();

    expect(byTestId('error-state')).not.toBeNull();
    byTestId('error-retry')!.click();
    await flushPromises();
    expect(gateway.callsOf('MyResponsibilities')).toHaveLength(2);
    expect(byTestId('my-responsibilities')?.textContent).toContain('暂无目标责任书');
  });
});
