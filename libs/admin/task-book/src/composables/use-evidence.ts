import { computed, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { ActualEvidenceDocument, useQuery, type EvidenceFileFieldsFragment } from '@dsg/admin-data-access';
import { EVIDENCE_OBJECT_TYPE, evidenceSeries, type EvidenceObjectType } from './evidence';

/** The evidence files of one object, loaded while there is an object (and the caller may read them). */
export function useEvidence(
  objectType: EvidenceObjectType,
  objectId: MaybeRefOrGetter<string | null | undefined>,
  enabled: MaybeRefOrGetter<boolean> = true,
) {
  const query = useQuery(
    ActualEvidenceDocument,
    () => ({ objectType, objectId: toValue(objectId) ?? '' }),
    { immediate: false, watchVariables: false },
  );
  const active = computed(() => !!toValue(objectId) && toValue(enabled));
  watch(
    [() => toValue(objectId), active],
    ([id], previous) => {
      // Another object's files must not show while this one's load.
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

/** The evidence files of one indicator actual. */
export function useActualEvidence(actualId: MaybeRefOrGetter<string | null | undefined>, enabled: MaybeRefOrGetter<boolean> = true) {
  return useEvidence(EVIDENCE_OBJECT_TYPE, actualId, enabled);
}
