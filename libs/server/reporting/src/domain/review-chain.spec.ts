import { describe, expect, it } from 'vitest';
import { decideReview, normaliseChain, positionOf, type ReviewItemStatus } from './review-chain.js';

const draft: ReviewItemStatus = { state: 'DRAFT', step: null };

describe('layered review chain', () => {
  it('keeps the canonical order, drops duplicates and always ends at the 双高办', () => {
    expect(normaliseChain(['OFFICE', 'DEPARTMENT', 'DEPARTMENT'])).toEqual(['DEPARTMENT', 'OFFICE']);
    expect(normaliseChain([])).toEqual(['OFFICE']);
    expect(normaliseChain(['CONSTRUCTION_GROUP', 'DEPARTMENT'])).toEqual(['DEPARTMENT', 'CONSTRUCTION_GROUP', 'OFFICE']);
  });

  it('walks every configured step in order, then approves', () => {
    const chain = normaliseChain(['DEPARTMENT', 'CONSTRUCTION_GROUP']);
    const seen: string[] = [];
    let status = draft;
    for (const decision of ['SUBMIT', 'APPROVE', 'APPROVE', 'APPROVE'] as const) {
      const r = decideReview(chain, status, decision);
      if (!r.ok) throw new Error(r.refusal);
      status = r.status;
      seen.push(positionOf(status));
    }
    expect(seen).toEqual(['DEPARTMENT', 'CONSTRUCTION_GROUP', 'OFFICE', 'DONE']);
    expect(status).toEqual({ state: 'APPROVED', step: null });
  });

  it('skips steps the institution did not configure', () => {
    const r = decideReview(['OFFICE'], draft, 'SUBMIT');
    expect(r).toEqual({ ok: true, status: { state: 'IN_REVIEW', step: 'OFFICE' } });
  });

  it('returns to the responsible people with a reason, who resubmit from the first step', () => {
    const chain = normaliseChain(['DEPARTMENT']);
    expect(decideReview(chain, { state: 'IN_REVIEW', step: 'OFFICE' }, 'RETURN', '')).toEqual({ ok: false, refusal: 'REASON_REQUIRED' });
    const returned = decideReview(chain, { state: 'IN_REVIEW', step: 'OFFICE' }, 'RETURN', '数据缺佐证');
    expect(returned).toEqual({ ok: true, status: { state: 'RETURNED', step: null } });
    if (!returned.ok) return;
    expect(decideReview(chain, returned.status, 'SUBMIT')).toEqual({ ok: true, status: { state: 'IN_REVIEW', step: 'DEPARTMENT' } });
  });

  it('refuses decisions out of turn', () => {
    expect(decideReview(['OFFICE'], draft, 'APPROVE')).toEqual({ ok: false, refusal: 'WRONG_STATE' });
    expect(decideReview(['OFFICE'], { state: 'IN_REVIEW', step: 'OFFICE' }, 'SUBMIT')).toEqual({ ok: false, refusal: 'WRONG_STATE' });
    expect(decideReview(['OFFICE'], { state: 'APPROVED', step: null }, 'RETURN', 'x')).toEqual({ ok: false, refusal: 'WRONG_STATE' });
    expect(decideReview(['OFFICE'], { state: 'APPROVED', step: null }, 'APPROVE')).toEqual({ ok: false, refusal: 'WRONG_STATE' });
  });
});
