import { computed } from 'vue';
import { AchievementTaskOptionsDocument, useQuery, type AchievementTaskOptionsQuery } from '@dsg/admin-data-access';

// The construction tasks of the institution's task books, as options to link an achievement to
// ("1.2 打造眼视光技术专业群"), grouped by book. Loaded on demand (`load`), not on creation.

export interface TaskOption {
  id: string;
  code: string;
  title: string;
  level: number;
  /** "code title": what the picker shows and filters on. */
  label: string;
}

export interface TaskOptionGroup {
  bookId: string;
  title: string;
  tasks: TaskOption[];
}

type Books = AchievementTaskOptionsQuery['taskBooks'];

/** One group per book, its tasks in the server's order (by code, parents before children). */
export function taskOptionGroups(books: Books | null | undefined): TaskOptionGroup[] {
  return (books?.edges ?? []).map(({ node }) => ({
    bookId: node.id,
    title: node.title,
    tasks: node.tasks.map((task) => ({ ...task, label: `${task.code} ${task.title}` })),
  }));
}

export function useTaskOptions() {
  const query = useQuery(AchievementTaskOptionsDocument, {}, { immediate: false, watchVariables: false });
  const groups = computed(() => taskOptionGroups(query.data.value?.taskBooks));
  const byId = computed(() => new Map(groups.value.flatMap((group) => group.tasks.map((task) => [task.id, task] as const))));
  const loaded = computed(() => query.data.value !== null);
  return { groups, byId, loaded, loading: query.loading, error: query.error, load: query.execute };
}
