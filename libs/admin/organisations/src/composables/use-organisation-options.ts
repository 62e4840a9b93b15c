import { ref, shallowRef } from 'vue';
import {
  AgencyOptionsDocument,
  InstitutionOptionsDocument,
  toApiError,
  useGraphQL,
  type ApiError,
} from '@dsg/admin-data-access';
import { useLocalizedName } from './use-localized-name';

export interface OrganisationOption {
  id: string;
  label: string;
}

/** Agencies and institutions a platform operator can put a membership in (institutions searched on the server). */
export function useOrganisationOptions() {
  const { request } = useGraphQL();
  const localizedName = useLocalizedName();
  const agencies = shallowRef<OrganisationOption[]>([]);
  const institutions = shallowRef<OrganisationOption[]>([]);
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  let sequence = 0;

  async function loadAgencies(): Promise<void> {
    if (agencies.value.length > 0) return;
    try {
      const data = await request(AgencyOptionsDocument, {});
      agencies.value = data.agencies.edges.map(({ node }) => ({ id: node.id, label: localizedName(node.name, node.nameEn) }));
    } catch (caught) {
      error.value = toApiError(caught);
    }
  }

  async function searchInstitutions(search: string): Promise<void> {
    const run = ++sequence;
    loading.value = true;
    try {
      const data = await request(InstitutionOptionsDocument, { search: search.trim() || null });
      if (run !== sequence) return;
      institutions.value = data.institutions.edges.map(({ node }) => ({
        id: node.id,
        label: localizedName(node.name, node.nameEn),
      }));
    } catch (caught) {
      if (run === sequence) error.value = toApiError(caught);
    } finally {
      if (run === sequence) loading.value = false;
    }
  }

  return { agencies, institutions, loading, error, loadAgencies, searchInstitutions };
}
