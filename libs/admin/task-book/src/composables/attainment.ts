// Attainment (达成度) comes from the server as a ratio (1 = target met); it is never computed or
// typed in here. The thresholds are those of the national monitoring, as the server applies them.

export type AttainmentLevel = 'MET' | 'ON_TRACK' | 'LAGGING' | 'NO_DATA';

/** ≥ 100 % met (达成), ≥ 80 % on track (正常), below lagging (滞后), null no data (无数据). */
export const MET_THRESHOLD = 1;
export const ON_TRACK_THRESHOLD = 0.8;
/** 2.4 / 3 is 0.7999999999999999 in floating point and must still count as 80 %. */
const TOLERANCE = 1e-9;

export function attainmentLevel(ratio: number | null | undefined): AttainmentLevel {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return 'NO_DATA';
  if (ratio >= MET_THRESHOLD - TOLERANCE) return 'MET';
  if (ratio >= ON_TRACK_THRESHOLD - TOLERANCE) return 'ON_TRACK';
  return 'LAGGING';
}

/** 0.8 → "80%", 1.2345 → "123.5%" (one decimal at most). */
export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

export const ATTAINMENT_TAG_TYPES: Record<AttainmentLevel, 'success' | 'primary' | 'danger' | 'info'> = {
  MET: 'success',
  ON_TRACK: 'primary',
  LAGGING: 'danger',
  NO_DATA: 'info',
};
