export * from './domain/index.js';
export * from './entities.js';
export * from './task-book/task-book.entity.js';
export * from './task/construction-task.entity.js';
export * from './indicator/indicator.entity.js';
export * from './milestone/milestone.entity.js';
export * from './fund/fund.entity.js';
export * from './task-book.module.js';
export {
  writeTaskBookWorkbook, buildTemplateWorkbook, readTaskBookWorkbook, MAX_FILE_BYTES,
  type WorkbookProblem, type ReadTaskBookWorkbookContext, type ReadTaskBookWorkbookResult,
} from './excel/task-book-workbook.js';
export { WORKBOOK_LAYOUT_VERSION } from './excel/workbook-layout.js';
export * from './version/replace-plan.js';
export * from './achievement/achievement.entity.js';
export * from './agreement/agreement.entity.js';
