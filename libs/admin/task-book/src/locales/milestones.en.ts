import type milestonesZh from './milestones.zh-CN';
import type { MessagesLike } from '@dsg/admin-i18n';

// Milestones (节点目标): messages under `taskBook.milestones.*` (merged into ./en.ts).
const milestones: MessagesLike<typeof milestonesZh> = {
  title: 'Milestones',
  hint: 'Milestones are planned with the draft task book; once it is approved, their completion can still be recorded with evidence.',
  locked: 'The task book is approved: adding or deleting milestones goes through a change request',
  empty: 'No milestones',
  add: 'Add milestone',
  addTitle: 'Add milestone · {task}',
  fields: {
    title: 'Milestone',
    deliverable: 'Deliverable',
    dueDate: 'Due date',
    status: 'Status',
    completion: 'Completion',
    completedAt: 'Completed on',
    note: 'Completion note',
  },
  deliverablePlaceholder: 'e.g. survey report, regulations, acceptance documents',
  notePlaceholder: 'Optional, e.g. what was done, what the evidence shows',
  added: 'Milestone "{title}" added',
  complete: 'Mark complete',
  completeTitle: 'Mark complete · {title}',
  completed: 'Milestone "{title}" completed',
  completedOn: 'Completed on {date}',
  delete: 'Delete',
  deleteConfirm: 'Delete the milestone "{title}" (due {date})?',
  deleted: 'Milestone "{title}" deleted',
  evidence: 'Completion evidence',
  evidenceEmpty: 'No completion evidence',
};

export default milestones;
