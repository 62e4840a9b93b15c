import type { MessagesLike } from '@dsg/admin-i18n';
import type { chain as chainZh, queue as queueZh, review as reviewZh } from './review.zh-CN';

export const review: MessagesLike<typeof reviewZh> = {
  title: 'Review progress',
  hint: "Each top-level task's period data is submitted by its responsible people and reviewed step by step (lead department → construction group → office) before the report can go to the agency.",
  empty: 'No review items',
  taskCode: 'Task',
  taskTitle: 'Top-level task',
  period: 'Period',
  position: 'Current step',
  state: 'Status',
  updatedAt: 'Updated',
  report: 'Report',
  openReport: 'Open report',
  positions: {
    RESPONSIBLE: 'Responsible',
    DEPARTMENT: 'Lead department',
    CONSTRUCTION_GROUP: 'Construction group',
    OFFICE: 'Office',
    DONE: 'Approved',
  },
  states: {
    DRAFT: 'Not submitted',
    IN_REVIEW: 'In review',
    RETURNED: 'Returned',
    APPROVED: 'Approved',
  },
  decisions: {
    SUBMIT: 'Submit',
    APPROVE: 'Approve',
    RETURN: 'Return',
  },
  decided: {
    SUBMIT: 'Submitted “{task}”',
    APPROVE: 'Approved “{task}”',
    RETURN: 'Returned “{task}”',
  },
  returnTitle: 'Return · {task}',
  returnLabel: 'Reason',
  returnPlaceholder: 'Say what needs to change; the responsible people are notified',
};

export const queue: MessagesLike<typeof queueZh> = {
  title: 'My reviews',
  description: 'Task period data waiting for you to submit, approve or return',
  empty: 'Nothing waiting for your review',
};

export const chain: MessagesLike<typeof chainZh> = {
  title: 'Review chain',
  description: "The institution's review steps before the office compiles the data; the office's review is always the last step.",
  steps: 'Review steps',
  stepNames: {
    DEPARTMENT: 'Lead department review',
    CONSTRUCTION_GROUP: 'Construction group review',
    OFFICE: 'Office review (always on)',
  },
  order: 'Order: {steps}',
  reviewers: 'Construction group reviewers',
  reviewersPlaceholder: 'Choose group members',
  reviewersHint: 'Any of these members reviews at the construction group step',
  reviewersRequired: 'Choose at least one reviewer for the construction group step',
  saved: 'Review chain saved',
  loadFailed: 'The review chain could not be loaded',
};
