import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { gqlError, type MockGraphQLHandler } from '@dsg/admin-data-access/testing';
import { byTestId, mountFeature, texts } from '../testing/mount-feature';
import RevisionsPanel from './revisions-panel.vue';

const correctionDiff = {
  sections: [{ key: 'results', before: '<p>获省级教学成果奖 5 项。</p>', after: '<p>获省级教学成果奖 <strong>6</strong> 项。</p>' }],
  figures: [
    { path: 'indicators.attainmentRate', before: 0.5, after: 1 },
    { path: 'indicators.2.1.actual', before: 120, after: 210 },
    { path: 'funds.CENTRAL.arrived', before: 500, after: null },
    { path: 'something.new', before: 1, after: 2 },
  ],
  actuals: [{ indicatorId: 'i-2', code: '2.1', name: '订单班学生数', period: '2025-Q3', before: 120, after: 210 }],
};

const revisions = [
  { id: 'rev-1', number: 1, kind: 'ORIGINAL', state: 'ACCEPTED', submittedToAgencyAt: '2025-10-10T02:00:00.000Z', acceptedAt: '2025-10-12T02:00:00.000Z', corrections: [], diff: null },
  {
    id: 'rev-2', number: 2, kind: 'CORRECTION', state: 'DRAFT', submittedToAgencyAt: null, acceptedAt: null,
    corrections: [{ indicatorId: 'i-2', period: '2025-Q3', value: 210 }], diff: correctionDiff,
  },
];
const answer = (list: unknown[]) => ({ data: { periodReport: { id: 'r-1', revisions: list } } });

async function mountPanel(handler: Record<string, MockGraphQLHandler | MockGraphQLHandler[]> = { ReportRevisions: answer(revisions) }) {
  const mounted = await mountFeature(RevisionsPanel, { props: { reportId: 'r-1', currentRevision: 2, stamp: '3:2' }, session: { rules: [] }, handlers: handler });
  await flushPromises();
  return mounted;
}

describe('revisions panel', () => {
  it('lists the revisions newest first with kind and state', async () => {
    const { gateway } = await mountPanel();

    expect(gateway.callsOf('ReportRevisions')[0]!.variables).toEqual({ id: 'r-1' });
    expect(texts('revision-kind').map((text) => text.split(/\s/)[0])).toEqual(['更正', '原始报告']);
    expect(texts('revision-state')).toEqual(['草稿', '已受理']);
    expect(byTestId('revision-2')?.textContent).toBe('第 2 版');
  });

  it('shows what a correction changes: sections side by side, figures and actuals', async () => {
    await mountPanel();

    const diff = byTestId('revision-diff-2')!;
    expect(diff.querySelector('h4')?.textContent).toBe('第 2 版更正内容（与已受理版本相比）');
    const section = diff.querySelector<HTMLElement>('[data-testid="diff-section"]')!;
    expect(section.dataset['key']).toBe('results');
    expect(section.textContent).toContain('阶段性建设成效');
    expect(section.querySelector('[data-testid="diff-section-before"]')?.innerHTML).toBe('<p>获省级教学成果奖 5 项。</p>');
    expect(section.querySelector('[data-testid="diff-section-after"]')?.innerHTML).toBe('<p>获省级教学成果奖 <strong>6</strong> 项。</p>');

    expect(texts('diff-figure-label', diff)).toEqual(['指标达成率', '指标 2.1 实际值', '中央财政 到位', 'something.new']);
    expect(texts('diff-figure-before', diff)).toEqual(['50%', '120', '500', '1']);
    expect(texts('diff-figure-after', diff)).toEqual(['100%', '210', '—', '2']);

    expect(texts('diff-actual-code', diff)).toEqual(['2.1']);
    expect(texts('diff-actual-before', diff)).toEqual(['120']);
    expect(texts('diff-actual-after', diff)).toEqual(['210']);
    // The original has nothing to compare.
    expect(byTestId('revision-diff-1')).toBeNull();
  });

  it('says so when a correction changes nothing yet, and ignores a malformed diff', async () => {
    await mountPanel({
      ReportRevisions: answer([
        { ...revisions[1], diff: { sections: [], figures: [], actuals: [] } },
        { ...revisions[1], id: 'rev-3', number: 3, diff: 'broken' },
      ]),
    });

    expect(byTestId('revision-diff-2')?.querySelector('[data-testid="diff-empty"]')?.textContent).toBe('尚无修改');
    expect(byTestId('revision-diff-3')).toBeNull();
  });

  it('shows a load failure with a retry', async () => {
    const { gateway } = await mountPanel({ ReportRevisions: [{ errors: [gqlError('FORBIDDEN', '没有权限执行该操作')] }, answer(revisions)] });

    expect(document.body.textContent).toContain('版本加载失败');
    byTestId('revisions-retry')!.click();
    await vi.waitFor(() => expect(byTestId('revision-diff-2')).not.toBeNull());
    expect(gateway.callsOf('ReportRevisions')).toHaveLength(2);
  });
});
