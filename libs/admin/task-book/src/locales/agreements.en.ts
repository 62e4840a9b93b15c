import type agreementsZh from './agreements.zh-CN';
import type { MessagesLike } from '@dsg/admin-i18n';

// Responsibility agreements: messages under `taskBook.agreements.*`.
const agreements: MessagesLike<typeof agreementsZh> = {
  menuMine: 'My responsibilities',
  menuAdmin: 'Responsibility agreements',
  mine: {
    title: 'My responsibilities',
    description: 'Everyone carries indicators: my responsibility agreements with the tasks and indicators they commit me to',
    empty: 'No responsibility agreements',
    agreements: 'Responsibility agreements',
    tasks: 'Tasks I answer for',
    indicators: 'Indicators I answer for',
    noTasks: 'No tasks',
    noIndicators: 'No indicators',
    signedOn: 'Signed on {date}',
    notSigned: 'Not signed',
  },
  admin: {
    title: 'Responsibility agreements',
    description: "The institution's responsibility agreements: tasks and indicators assigned to people",
    empty: 'No responsibility agreements',
    add: 'Add agreement',
    addTitle: 'Add responsibility agreement',
    editTitle: 'Edit responsibility agreement',
    edit: 'Edit',
    added: 'Agreement {title} added',
    updated: 'Agreement {title} saved',
    taskCount: 'Tasks',
    indicatorCount: 'Indicators',
    taskBook: 'Task book',
    taskBookPlaceholder: 'Choose a task book to pick tasks and indicators',
    taskBookFirst: 'Choose a task book first',
  },
  field: {
    title: 'Title',
    head: 'Head (leader)',
    responsible: 'Responsible person',
    tasks: 'Tasks',
    indicators: 'Indicators',
    signedOn: 'Signed on',
    status: 'Status',
    personPlaceholder: 'Choose a person',
  },
  code: 'Code',
  taskTitle: 'Task',
  indicatorName: 'Indicator',
  unit: 'Unit',
  finalTarget: 'Final target',
  status: {
    DRAFT: 'Draft',
    SIGNED: 'Signed',
    ENDED: 'Ended',
  },
};

export default agreements;
