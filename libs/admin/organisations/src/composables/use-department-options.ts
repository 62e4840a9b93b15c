import { computed } from 'vue';
import { DepartmentOptionsDocument, useQuery } from '@dsg/admin-data-access';
import { useLocalizedName } from './use-localized-name';

/** The own institution's departments, for department pickers and for naming a membership's department. */
export function useDepartmentOptions(options: { immediate?: boolean } = {}) {
  const localizedName = useLocalizedName();
  const query = useQuery(DepartmentOptionsDocument, {}, { immediate: options.immediate ?? true, watchVariables: false });

  const departments = computed(() =>
    (query.data.value?.departments.edges ?? []).map(({ node }) => ({
      id: node.id,
      label: `${localizedName(node.name, node.nameEn)} (${node.code})`,
    })),
  );
  const nameOf = (id: string | null | undefined): string | undefined =>
    id ? departments.value.find((department) => department.id === id)?.label : undefined;

  return { departments, nameOf, loading: query.loading, error: query.error, load: query.execute };
}
