import { computed, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { ActualEvidenceDocument, useQuery, type EvidenceFileFieldsFragment } from '@dsg/admin-data-access';
import { EVIDENCE_OBJECT_TYPE, evidenceSeries } from './evidence';

/** The evidence files of one actual, loaded while there is an actual (and the caller may read them). */
export function useActualEvidence(actualId: MaybeRefOrGetter<string | null | undefined>, enabled: MaybeRefOrGetter<boolean> = true) {
  const query = useQuery(
    ActualEvidenceDocument,
    () => ({ objectType: EVIDENCE_OBJECT_TYPE, objectId: toValue(actualId) ?? '' }),
    { immediate: false, watchVariables: false },
  );
  const active = computed(() => !!toValue(actualId) && toValue(enabled));
  watch(
    [() => toValue(actualId), active],
    ([id], previous) => {
      // Another actual's files must not show while this one's load.
      if (previous && previous[0] !== id) query.data.value = null;
      if (active.value) void query.execute();
    },
    { immediate: true },
  );
  const files = computed<EvidenceFileFieldsFragment[]>(() => (active.value ? (query.data.value?.evidence ?? []) : []));
  const series = computed(() => evidenceSeries(files.value));
  const reload = () => (active.value ? query.execute() : Promise.resolve(null));
  return { files, series, loading: query.loading, error: query.error, reload };
}
