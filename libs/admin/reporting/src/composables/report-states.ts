import type { ReportAction, ReportState } from '@dsg/admin-data-access';

// The report workflow as the admin shows it. What a user may do comes from the server
// (`PeriodReport.availableActions`); this file only decides labels, colours and order.

/** Display order (the workflow's order); a Record, so a new state is a compile error. */
const STATE_ORDER: Record<ReportState, number> = {
  DRAFT: 0,
  SUBMITTED_TO_OFFICE: 1,
  RETURNED_BY_OFFICE: 2,
  APPROVED: 3,
  SUBMITTED_TO_AGENCY: 4,
  RETURNED_BY_AGENCY: 5,
  ACCEPTED: 6,
};
export const REPORT_STATES = (Object.keys(STATE_ORDER) as ReportState[]).sort((a, b) => STATE_ORDER[a] - STATE_ORDER[b]);

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info';

export const STATE_TAG_TYPES: Record<ReportState, TagType> = {
  DRAFT: 'info',
  SUBMITTED_TO_OFFICE: 'primary',
  RETURNED_BY_OFFICE: 'danger',
  APPROVED: 'success',
  SUBMITTED_TO_AGENCY: 'primary',
  RETURNED_BY_AGENCY: 'danger',
  ACCEPTED: 'success',
};

/** The institution edits the sections only while the report is with it (the server says the same). */
const EDITABLE_STATES: readonly ReportState[] = ['DRAFT', 'RETURNED_BY_OFFICE', 'RETURNED_BY_AGENCY'];

export function isEditableState(state: ReportState): boolean {
  return EDITABLE_STATES.includes(state);
}

/** Button order in the header: forward steps first, returns last. */
const ACTION_ORDER: Record<ReportAction, number> = {
  SUBMIT_TO_OFFICE: 0,
  OFFICE_APPROVE: 1,
  SUBMIT_TO_AGENCY: 2,
  AGENCY_ACCEPT: 3,
  OFFICE_RETURN: 4,
  AGENCY_RETURN: 5,
};

export function sortActions(actions: readonly ReportAction[]): ReportAction[] {
  return [...actions].sort((a, b) => ACTION_ORDER[a] - ACTION_ORDER[b]);
}

/** Returns send the report back and need a reason (the server answers BAD_USER_INPUT on `reason` otherwise). */
export function isReturnAction(action: ReportAction): boolean {
  return action === 'OFFICE_RETURN' || action === 'AGENCY_RETURN';
}

export function actionButtonType(action: ReportAction): 'primary' | 'success' | 'danger' {
  if (isReturnAction(action)) return 'danger';
  if (action === 'OFFICE_APPROVE' || action === 'AGENCY_ACCEPT') return 'success';
  return 'primary';
}
