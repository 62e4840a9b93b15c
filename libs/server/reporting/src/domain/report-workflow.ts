/**
 * The report's state machine (上报流程), as data: which action moves a report from which state to
 * which, and which party takes it. CASL decides *who* may act on a report at all; this table
 * decides *what* may happen next. Pure, so it is tested exhaustively.
 */
export const REPORT_STATES = [
  'DRAFT',
  'SUBMITTED_TO_OFFICE',
  'RETURNED_BY_OFFICE',
  'APPROVED',
  'SUBMITTED_TO_AGENCY',
  'RETURNED_BY_AGENCY',
  'ACCEPTED',
] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const REPORT_ACTIONS = ['SUBMIT_TO_OFFICE', 'OFFICE_RETURN', 'OFFICE_APPROVE', 'SUBMIT_TO_AGENCY', 'AGENCY_RETURN', 'AGENCY_ACCEPT'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** INSTITUTION: whoever edits the report; OFFICE: the 双高办; AGENCY: the programme's agency. */
export type ReportParty = 'INSTITUTION' | 'OFFICE' | 'AGENCY';

interface Rule {
  from: readonly ReportState[];
  to: ReportState;
  party: ReportParty;
  reasonRequired: boolean;
}

const RULES: Record<ReportAction, Rule> = {
  SUBMIT_TO_OFFICE: { from: ['DRAFT', 'RETURNED_BY_OFFICE', 'RETURNED_BY_AGENCY'], to: 'SUBMITTED_TO_OFFICE', party: 'INSTITUTION', reasonRequired: false },
  OFFICE_RETURN: { from: ['SUBMITTED_TO_OFFICE'], to: 'RETURNED_BY_OFFICE', party: 'OFFICE', reasonRequired: true },
  OFFICE_APPROVE: { from: ['SUBMITTED_TO_OFFICE'], to: 'APPROVED', party: 'OFFICE', reasonRequired: false },
  SUBMIT_TO_AGENCY: { from: ['APPROVED'], to: 'SUBMITTED_TO_AGENCY', party: 'OFFICE', reasonRequired: false },
  AGENCY_RETURN: { from: ['SUBMITTED_TO_AGENCY'], to: 'RETURNED_BY_AGENCY', party: 'AGENCY', reasonRequired: true },
  AGENCY_ACCEPT: { from: ['SUBMITTED_TO_AGENCY'], to: 'ACCEPTED', party: 'AGENCY', reasonRequired: false },
};

export type TransitionRefusal = 'WRONG_PARTY' | 'WRONG_STATE' | 'REASON_REQUIRED';

export type TransitionResult = { ok: true; to: ReportState } | { ok: false; refusal: TransitionRefusal };

/** The state `action` leads to from `from` when `party` takes it, or why it may not. */
export function reportTransition(from: ReportState, action: ReportAction, party: ReportParty, reason?: string | null): TransitionResult {
  const rule = RULES[action];
  if (rule.party !== party) return { ok: false, refusal: 'WRONG_PARTY' };
  if (!rule.from.includes(from)) return { ok: false, refusal: 'WRONG_STATE' };
  if (rule.reasonRequired && !reason?.trim()) return { ok: false, refusal: 'REASON_REQUIRED' };
  return { ok: true, to: rule.to };
}

/** Actions `party` could take now (for the UI's buttons; the server re-checks on every call). */
export function availableActions(state: ReportState, party: ReportParty): ReportAction[] {
  return REPORT_ACTIONS.filter((a) => RULES[a].party === party && RULES[a].from.includes(state));
}

export function reasonRequired(action: ReportAction): boolean {
  return RULES[action].reasonRequired;
}

/** States whose revision the agency may read: submitted to it or decided by it. */
export const AGENCY_VISIBLE_STATES: readonly ReportState[] = ['SUBMITTED_TO_AGENCY', 'RETURNED_BY_AGENCY', 'ACCEPTED'];

/** The institution edits sections only while the report is with it. */
export function isEditable(state: ReportState): boolean {
  return state === 'DRAFT' || state === 'RETURNED_BY_OFFICE' || state === 'RETURNED_BY_AGENCY';
}
