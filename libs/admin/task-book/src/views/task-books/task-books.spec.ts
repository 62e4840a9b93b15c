import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { gqlError } from '@dsg/admin-data-access/testing';
import { bookFixture, connection } from '../../testing/fixtures';
import { byTestId, mountFeature } from '../../testing/mount-feature';
import TaskBooksView from './index.vue';

const adminRules = [{ action: 'manage' as const, subject: 'TaskBook' as const }];
const viewerRules = [{ action: 'read' as const, subject: 'TaskBook' as const }];

const books = {
  data: {
    taskBooks: connection([
      bookFixture({ id: 'book-1', enrolmentId: 'e-1', title: '眼视光技术专业群任务书' }),
      bookFixture({ id: 'book-2', enrolmentId: 'e-2', title: '学校建设任务书', currentVersionId: 'v-1', startYear: 2019, endYear: 2023 }),
    ]),
  },
};

const enrolments = {
  data: {
    institution: {
      id: 'inst-1',
      enrolments: [
        {
          id: 'e-1',
          track: 'SPECIALTY_GROUP',
          specialtyGroup: '眼视光技术',
          programme: { id: 'p-1', name: '双高计划', nameEn: null, startYear: 2025, endYear: 2029 },
        },
        {
          id: 'e-3',
          track: 'SPECIALTY_GROUP',
          specialtyGroup: '包装技术',
          programme: { id: 'p-1', name: '双高计划', nameEn: null, startYear: 2025, endYear: 2029 },
        },
      ],
    },
  },
};

const rowTexts = (id: string) => Array.from(document.querySelectorAll(`[data-testid="${id}"]`)).map((node) => node.textContent?.trim());

describe('task books', () => {
  it('lists the task books with their years and whether they are approved', async () => {
    await mountFeature(TaskBooksView, { session: { rules: viewerRules }, handlers: { TaskBooks: books } });
    await flushPromises();

    expect(byTestId('task-books-table')!.querySelectorAll('tbody tr.el-table__row')).toHaveLength(2);
    expect(rowTexts('task-book-title')).toEqual(['眼视光技术专业群任务书', '学校建设任务书']);
    expect(rowTexts('task-book-years')).toEqual(['2025–2029', '2019–2023']);
    expect(rowTexts('task-book-status')).toEqual(['草稿', '已批准']);
    expect(byTestId('create-task-book')?.style.display).toBe('none');
  });

  it('lets the admin create a task book for an enrolment that has none, then opens it', async () => {
    const { gateway, router } = await mountFeature(TaskBooksView, {
      session: { rules: adminRules, organisationId: 'inst-1' },
      handlers: {
        TaskBooks: books,
        TaskBookEnrolments: enrolments,
        CreateTaskBook: { data: { createTaskBook: bookFixture({ id: 'book-3', enrolmentId: 'e-3', title: '包装技术专业群任务书' }) } },
      },
    });
    await flushPromises();

    byTestId('create-task-book')!.click();
    await flushPromises();
    expect(gateway.callsOf('TaskBookEnrolments')[0]?.variables).toEqual({ id: 'inst-1' });

    byTestId('task-book-enrolment')!.querySelector<HTMLElement>('.el-select__wrapper')!.click();
    await flushPromises();
    // e-1 already has a book.
    expect(byTestId('enrolment-option-e-1')?.classList.contains('is-disabled')).toBe(true);
    expect(byTestId('enrolment-option-e-3')?.textContent).toContain('双高计划 · 高水平专业群 · 包装技术');
    byTestId('enrolment-option-e-3')!.click();
    await flushPromises();

    byTestId('create-task-book-submit')!.click();
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/task-books/book-3'));
    expect(gateway.callsOf('CreateTaskBook')[0]?.variables).toEqual({ input: { enrolmentId: 'e-3', title: null } });
  });

  it('shows a CONFLICT from the server in the dialog', async () => {
    await mountFeature(TaskBooksView, {
      session: { rules: adminRules },
      handlers: {
        TaskBooks: { data: { taskBooks: connection([]) } },
        TaskBookEnrolments: enrolments,
        CreateTaskBook: { errors: [gqlError('CONFLICT', '该入选项目已有任务书')] },
      },
    });
    await flushPromises();
    expect(byTestId('task-books-table')?.textContent).toContain('暂无任务书，可点击“新建任务书”为入选项目编制任务书');

    byTestId('create-task-book')!.click();
    await flushPromises();
    byTestId('task-book-enrolment')!.querySelector<HTMLElement>('.el-select__wrapper')!.click();
    await flushPromises();
    byTestId('enrolment-option-e-1')!.click();
    await flushPromises();
    byTestId('create-task-book-submit')!.click();

    await vi.waitFor(() => expect(byTestId('create-task-book-error')?.textContent).toContain('该入选项目已有任务书'));
  });

  it('offers a retry when the list cannot be loaded', async () => {
    const { gateway } = await mountFeature(TaskBooksView, {
      session: { rules: viewerRules },
      handlers: { TaskBooks: [{ errors: [gqlError('INTERNAL', '')] }, books] },
    });
    await flushPromises();

    expect(byTestId('error-state')?.textContent).toContain('数据加载失败');
    byTestId('error-retry')!.click();
    await flushPromises();

    expect(gateway.callsOf('TaskBooks')).toHaveLength(2);
    expect(byTestId('task-books-table')!.querySelectorAll('tbody tr.el-table__row')).toHaveLength(2);
  });
});
