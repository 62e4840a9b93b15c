import { describe, expect, it } from 'vitest';
import { REPORT_ACTIONS, REPORT_STATES, availableActions, isEditable, reportTransition, type ReportAction, type ReportParty, type ReportState } from './report-workflow.js';

const PARTIES: ReportParty[] = ['INSTITUTION', 'OFFICE', 'AGENCY'];

/** The whole allowed set, written out independently of the table it checks. */
const ALLOWED: [ReportState, ReportAction, ReportParty, ReportState][] = [
  ['DRAFT', 'SUBMIT_TO_OFFICE', 'INSTITUTION', 'SUBMITTED_TO_OFFICE'],
  ['RETURNED_BY_OFFICE', 'SUBMIT_TO_OFFICE', 'INSTITUTION', 'SUBMITTED_TO_OFFICE'],
  ['RETURNED_BY_AGENCY', 'SUBMIT_TO_OFFICE', 'INSTITUTION', 'SUBMITTED_TO_OFFICE'],
  ['SUBMITTED_TO_OFFICE', 'OFFICE_RETURN', 'OFFICE', 'RETURNED_BY_OFFICE'],
  ['SUBMITTED_TO_OFFICE', 'OFFICE_APPROVE', 'OFFICE', 'APPROVED'],
  ['APPROVED', 'SUBMIT_TO_AGENCY', 'OFFICE', 'SUBMITTED_TO_AGENCY'],
  ['SUBMITTED_TO_AGENCY', 'AGENCY_RETURN', 'AGENCY', 'RETURNED_BY_AGENCY'],
  ['SUBMITTED_TO_AGENCY', 'AGENCY_ACCEPT', 'AGENCY', 'ACCEPTED'],
];

describe('report state machine', () => {
  it('allows exactly the listed transitions, for the listed party only', () => {
    let allowed = 0;
    for (const state of REPORT_STATES) {
      for (const action of REPORT_ACTIONS) {
        for (const party of PARTIES) {
          const expected = ALLOWED.find(([s, a, p]) => s === state && a === action && p === party);
          const result = reportTransition(state, action, party, 'a reason');
          if (expected) {
            allowed++;
            expect(result, `${state} ${action} ${party}`).toEqual({ ok: true, to: expected[3] });
          } else {
            expect(result.ok, `${state} ${action} ${party}`).toBe(false);
          }
        }
      }
    }
    expect(allowed).toBe(ALLOWED.length);
  });

  it('tells a wrong party from a wrong state', () => {
    expect(reportTransition('SUBMITTED_TO_AGENCY', 'AGENCY_ACCEPT', 'OFFICE')).toEqual({ ok: false, refusal: 'WRONG_PARTY' });
    expect(reportTransition('ACCEPTED', 'AGENCY_ACCEPT', 'AGENCY')).toEqual({ ok: false, refusal: 'WRONG_STATE' });
  });

  it('requires a reason to return, at either layer', () => {
    expect(reportTransition('SUBMITTED_TO_OFFICE', 'OFFICE_RETURN', 'OFFICE', '  ')).toEqual({ ok: false, refusal: 'REASON_REQUIRED' });
    expect(reportTransition('SUBMITTED_TO_AGENCY', 'AGENCY_RETURN', 'AGENCY')).toEqual({ ok: false, refusal: 'REASON_REQUIRED' });
    expect(reportTransition('SUBMITTED_TO_AGENCY', 'AGENCY_ACCEPT', 'AGENCY')).toEqual({ ok: true, to: 'ACCEPTED' });
  });

  it('offers the buttons of the current state and party, and nothing after acceptance', () => {
    expect(availableActions('SUBMITTED_TO_OFFICE', 'OFFICE')).toEqual(['OFFICE_RETURN', 'OFFICE_APPROVE']);
    expect(availableActions('SUBMITTED_TO_OFFICE', 'AGENCY')).toEqual([]);
    for (const party of PARTIES) expect(availableActions('ACCEPTED', party)).toEqual([]);
  });

  it('lets the institution edit only drafts and returned reports', () => {
    expect(REPORT_STATES.filter(isEditable)).toEqual(['DRAFT', 'RETURNED_BY_OFFICE', 'RETURNED_BY_AGENCY']);
  });
});
