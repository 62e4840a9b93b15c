import type { ReviewDecision } from '@dsg/admin-data-access';

// 逐级审核 as the admin shows it. Whether the user may decide now comes from the server
// (`ReviewItem.canAct`); the position decides which decisions exist at all.

export const REVIEW_POSITIONS = ['RESPONSIBLE', 'DEPARTMENT', 'CONSTRUCTION_GROUP', 'OFFICE', 'DONE'] as const;
export type ReviewPosition = (typeof REVIEW_POSITIONS)[number];

export const REVIEW_ITEM_STATES = ['DRAFT', 'IN_REVIEW', 'RETURNED', 'APPROVED'] as const;

/** The steps an institution may configure, in their fixed order; OFFICE is always on (and last). */
export const CHAIN_STEPS = ['DEPARTMENT', 'CONSTRUCTION_GROUP', 'OFFICE'] as const;
export type ChainStep = (typeof CHAIN_STEPS)[number];

export function isReviewPosition(value: string): value is ReviewPosition {
  return (REVIEW_POSITIONS as readonly string[]).includes(value);
}

/** The responsible people submit; a review step approves or returns; a done item has nothing left. */
export function decisionsAt(position: string): ReviewDecision[] {
  if (position === 'RESPONSIBLE') return ['SUBMIT'];
  if (position === 'DEPARTMENT' || position === 'CONSTRUCTION_GROUP' || position === 'OFFICE') return ['APPROVE', 'RETURN'];
  return [];
}

export const POSITION_TAG_TYPES: Record<ReviewPosition, 'primary' | 'success' | 'warning' | 'info'> = {
  RESPONSIBLE: 'info',
  DEPARTMENT: 'warning',
  CONSTRUCTION_GROUP: 'warning',
  OFFICE: 'primary',
  DONE: 'success',
};
