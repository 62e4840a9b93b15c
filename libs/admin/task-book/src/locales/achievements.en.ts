import type { MessagesLike } from '@dsg/admin-i18n';
import type { AchievementMessages } from './achievements.zh-CN';

// Landmark achievements: messages under `taskBook.achievements.*` (merged into ./en.ts).
const achievements: MessagesLike<AchievementMessages> = {
  menu: 'Landmark achievements',
  title: 'Landmark achievements',
  description: 'Landmark achievements of the institution, counted per year and level (categories and items)',
  counts: 'Counts',
  countsEmpty: 'No counts yet',
  yearLabel: '{year}',
  filterYear: 'Year',
  filterLevel: 'Level',
  allYears: 'All years',
  allLevels: 'All levels',
  add: 'Add achievement',
  addTitle: 'Add landmark achievement',
  editTitle: 'Edit landmark achievement',
  edit: 'Edit',
  delete: 'Delete',
  empty: 'No landmark achievements yet',
  fields: {
    title: 'Title',
    level: 'Level',
    category: 'Category',
    awardedOn: 'Awarded on',
    awardingBody: 'Awarding body',
    quantity: 'Quantity (items)',
    caseWriteUp: 'Case write-up',
    linkedTasks: 'Linked construction tasks',
  },
  categoryHint: 'e.g. teaching award, skills competition, quality course',
  caseWriteUpHint: 'Provincial level and above need a case write-up of at least {min} characters',
  caseWriteUpCount: '{count} / {min} characters',
  caseWriteUpTooShort: 'The case write-up needs at least {min} characters ({count} so far)',
  linkedTasksHint: 'Construction tasks this achievement supports (filter by code or title; at most {max})',
  noTasks: 'No construction tasks',
  tasksLoadFailed: 'Could not load the construction tasks',
  linkedTaskMissing: 'Deleted task',
  linkedTaskUnknown: 'Unknown task',
  linkedCount: '{count} tasks',
  saved: 'Saved achievement {title}',
  deleted: 'Deleted achievement {title}',
  deleteConfirm: 'Delete the achievement “{title}”? This cannot be undone.',
  levels: {
    NATIONAL: 'National',
    PROVINCIAL: 'Provincial',
    MUNICIPAL: 'Municipal',
    SCHOOL: 'School',
  },
};

export default achievements;
