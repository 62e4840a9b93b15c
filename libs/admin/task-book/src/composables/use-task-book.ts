import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import { useI18n } from 'vue-i18n';
import {
  DeleteTaskDocument,
  MoveTaskDocument,
  TaskBookDetailDocument,
  UpdateTaskDocument,
  describeApiError,
  isApiError,
  useGraphQL,
  useQuery,
  type TaskNodeFragment,
} from '@dsg/admin-data-access';
import { notifyError, notifySuccess } from '@dsg/admin-ui';
import type { MoveTarget } from './task-tree';

/** One task book with its tasks; `editable` is false once a version is approved (plan changes then need a change request). */
export function useTaskBook(id: MaybeRefOrGetter<string>) {
  const query = useQuery(TaskBookDetailDocument, () => ({ id: toValue(id) }));
  const book = computed(() => query.data.value?.taskBook ?? null);
  const tasks = computed<TaskNodeFragment[]>(() => book.value?.tasks ?? []);
  const editable = computed(() => book.value !== null && !book.value.currentVersionId);
  const years = computed(() => {
    if (!book.value) return [];
    const list: number[] = [];
    for (let year = book.value.startYear; year <= book.value.endYear; year++) list.push(year);
    return list;
  });
  return { query, book, tasks, editable, years, reload: query.execute };
}

/**
 * Tree edits that need no form: rename, move, delete. Each reloads the book afterwards, because
 * the server renumbers codes; a refusal is shown as a message and the tree is reloaded too (a
 * drag has already moved the node on screen, and a CONFLICT may mean the book was just approved).
 */
export function useTaskActions(reload: () => Promise<unknown>) {
  const { t } = useI18n();
  const { request } = useGraphQL();

  async function run(action: () => Promise<unknown>, success: string): Promise<boolean> {
    try {
      await action();
      notifySuccess(success);
      return true;
    } catch (error) {
      // A refused move names its reason in the field message (e.g. too deep); show both.
      const details = isApiError(error) ? error.fields.map((field) => field.message) : [];
      notifyError([describeApiError(error, t), ...details].join(' '));
      return false;
    } finally {
      await reload();
    }
  }

  const rename = (task: TaskNodeFragment, title: string) =>
    run(() => request(UpdateTaskDocument, { input: { id: task.id, title } }), t('taskBook.task.saved', { code: task.code }));

  const move = (task: TaskNodeFragment, target: MoveTarget) =>
    run(() => request(MoveTaskDocument, { input: { id: task.id, parentId: target.parentId, index: target.index } }), t('taskBook.task.moved'));

  const remove = (task: TaskNodeFragment) =>
    run(() => request(DeleteTaskDocument, { id: task.id }), t('taskBook.task.deleted', { code: task.code }));

  return { rename, move, remove };
}
