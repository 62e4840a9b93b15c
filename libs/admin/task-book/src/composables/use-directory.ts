import { computed, shallowRef } from 'vue';
import {
  TaskBookDepartmentsDocument,
  TaskBookPeopleDocument,
  useGraphQL,
  type TaskBookDepartmentsQuery,
  type TaskBookPeopleQuery,
} from '@dsg/admin-data-access';
import { useLocale } from '@dsg/admin-i18n';

export interface DirectoryOption {
  id: string;
  label: string;
}

interface Department {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
}

interface Person {
  id: string;
  username: string;
  displayName: string;
}

/** Enough for any institution; a runaway cursor stops here instead of looping. */
const MAX_PAGES = 10;

/**
 * Departments and people of the institution, to name the ids a task carries and to fill the task
 * form's pickers. Roles that may not list users (a task lead sees only themself) simply get fewer
 * names: a failed or partial load is not an error of the page.
 */
export function useDirectory() {
  const { request } = useGraphQL();
  const { locale } = useLocale();
  const departments = shallowRef<Department[]>([]);
  const people = shallowRef<Person[]>([]);

  async function loadDepartments(): Promise<void> {
    const all: Department[] = [];
    let after: string | null = null;
    try {
      for (let page = 0; page < MAX_PAGES; page++) {
        const data: TaskBookDepartmentsQuery = await request(TaskBookDepartmentsDocument, { after });
        all.push(...data.departments.edges.map(({ node }) => node));
        if (!data.departments.pageInfo.hasNextPage) break;
        after = data.departments.pageInfo.endCursor ?? null;
      }
    } catch {
      // Names fall back to "unknown department".
    }
    departments.value = all;
  }

  async function loadPeople(): Promise<void> {
    const all: Person[] = [];
    let after: string | null = null;
    try {
      for (let page = 0; page < MAX_PAGES; page++) {
        const data: TaskBookPeopleQuery = await request(TaskBookPeopleDocument, { after });
        all.push(...data.users.edges.map(({ node }) => node));
        if (!data.users.pageInfo.hasNextPage) break;
        after = data.users.pageInfo.endCursor ?? null;
      }
    } catch {
      // Names fall back to "unknown user".
    }
    people.value = all;
  }

  const departmentOptions = computed<DirectoryOption[]>(() =>
    departments.value.map((d) => ({ id: d.id, label: locale.value === 'en' && d.nameEn ? d.nameEn : d.name })),
  );
  const personOptions = computed<DirectoryOption[]>(() => people.value.map((p) => ({ id: p.id, label: p.displayName || p.username })));

  const departmentName = (id: string | null | undefined): string | undefined =>
    id ? departmentOptions.value.find((option) => option.id === id)?.label : undefined;
  const personName = (id: string | null | undefined): string | undefined =>
    id ? personOptions.value.find((option) => option.id === id)?.label : undefined;

  function load(): Promise<void> {
    return Promise.all([loadDepartments(), loadPeople()]).then(() => undefined);
  }

  return { departmentOptions, personOptions, departmentName, personName, load };
}
