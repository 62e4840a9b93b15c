import type { InstitutionRowFragment, Track } from '@dsg/admin-data-access';

export interface TierTrackCounts {
  tiers: string[];
  counts: Record<Track, number[]>;
}

/** Enrolments counted per tier (columns) and track (series), for the agency's overview chart. */
export function countEnrolmentsByTier(institutions: readonly InstitutionRowFragment[], noTierLabel: string): TierTrackCounts {
  const enrolments = institutions.flatMap((institution) => institution.enrolments);
  const tiers = [...new Set(enrolments.map((enrolment) => enrolment.tier ?? noTierLabel))].sort();
  const counts: Record<Track, number[]> = { SCHOOL: tiers.map(() => 0), SPECIALTY_GROUP: tiers.map(() => 0) };
  for (const enrolment of enrolments) {
    const column = tiers.indexOf(enrolment.tier ?? noTierLabel);
    counts[enrolment.track][column]! += 1;
  }
  return { tiers, counts };
}
