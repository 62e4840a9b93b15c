import type { ReviewItem } from './review.entity.js';
import type { ReviewItemType } from './review.type.js';

export const toReviewItemType = (i: ReviewItem, canAct: boolean, period: string | null): ReviewItemType => ({
  id: i.id, reportId: i.reportId, revision: i.revision, taskId: i.taskId, taskCode: i.taskCode, taskTitle: i.taskTitle,
  state: i.state, position: i.position, version: i.version, updatedAt: i.updatedAt, canAct, period,
});
