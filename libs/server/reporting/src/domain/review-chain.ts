/**
 * Layered review inside the institution (逐级审核): a task's period data goes from its responsible
 * people through the steps the institution configured, in a fixed order, before the 双高办
 * compiles the report. Pure: the service stores what these functions decide.
 */
export const REVIEW_STEPS = ['DEPARTMENT', 'CONSTRUCTION_GROUP', 'OFFICE'] as const;
/** 牵头部门 → 建设组 → 双高办. */
export type ReviewStep = (typeof REVIEW_STEPS)[number];
/** Where an item stands: with its responsible people, at a review step, or done. */
export type ReviewPosition = 'RESPONSIBLE' | ReviewStep | 'DONE';

export type ReviewItemState = 'DRAFT' | 'IN_REVIEW' | 'RETURNED' | 'APPROVED';

export interface ReviewItemStatus {
  state: ReviewItemState;
  /** The step the item waits at while IN_REVIEW, else null. */
  step: ReviewStep | null;
}

export type ReviewDecision = 'SUBMIT' | 'APPROVE' | 'RETURN';

export type ReviewRefusal = 'WRONG_STATE' | 'REASON_REQUIRED';

/**
 * The configured chain in canonical order, without duplicates. The 双高办 step is always there:
 * it is the institution's last step, whose approval is what the agency may see.
 */
export function normaliseChain(steps: readonly ReviewStep[]): ReviewStep[] {
  const wanted = new Set<ReviewStep>([...steps, 'OFFICE']);
  return REVIEW_STEPS.filter((s) => wanted.has(s));
}

export function positionOf(status: ReviewItemStatus): ReviewPosition {
  if (status.state === 'APPROVED') return 'DONE';
  if (status.state === 'IN_REVIEW' && status.step) return status.step;
  return 'RESPONSIBLE';
}

/**
 * Next status after `decision`. Submitting starts at the first step; approving moves one step on
 * (or to APPROVED after the last); returning sends the item back to its responsible people, who
 * resubmit from the first step, so every layer sees the corrected data.
 */
export function decideReview(
  chain: readonly ReviewStep[],
  status: ReviewItemStatus,
  decision: ReviewDecision,
  reason?: string | null,
): { ok: true; status: ReviewItemStatus } | { ok: false; refusal: ReviewRefusal } {
  const steps = normaliseChain(chain);
  const position = positionOf(status);
  switch (decision) {
    case 'SUBMIT':
      if (position !== 'RESPONSIBLE') return { ok: false, refusal: 'WRONG_STATE' };
      return { ok: true, status: { state: 'IN_REVIEW', step: steps[0]! } };
    case 'APPROVE': {
      if (position === 'RESPONSIBLE' || position === 'DONE') return { ok: false, refusal: 'WRONG_STATE' };
      const next = steps[steps.indexOf(position) + 1];
      return { ok: true, status: next ? { state: 'IN_REVIEW', step: next } : { state: 'APPROVED', step: null } };
    }
    case 'RETURN':
      if (position === 'RESPONSIBLE' || position === 'DONE') return { ok: false, refusal: 'WRONG_STATE' };
      if (!reason?.trim()) return { ok: false, refusal: 'REASON_REQUIRED' };
      return { ok: true, status: { state: 'RETURNED', step: null } };
  }
}
