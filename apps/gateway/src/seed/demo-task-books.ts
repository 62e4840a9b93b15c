/**
 * Demo task books (任务书) for the enrolments of demo-data.ts: the plan (tasks, milestones,
 * indicators, budgets as a TaskBookDocument) plus what has been reported against it (indicator
 * actuals, money arrived and spent, task progress now).
 *
 * Pure data: the modules under ./demo-task-books/ import only types from the libraries, and
 * demo-data.ts / demo-users.ts for the checks. Facts come from the five seed documents in
 * /work/shared/seeds/ (each book's header says which, and which figures); everything else is a
 * plausible value, marked “assumed” in the comments. Amounts are in 万元.
 *
 *   book                                               file              seed
 *   天津职业大学 school track, SG-2019                  tjvi-school.ts    001
 *   天津职业大学 眼视光技术专业群 / 包装工程技术专业群    tjvi-groups.ts    001 (包装 left as a draft)
 *   重庆文化艺术职业学院 school + 公共文化服务与管理专业群 cqca.ts           000
 *   重庆工程职业技术学院 建筑工程技术专业群, SG-2019      cqvie.ts          003
 *   宁波职业技术学院 school track, SG-2019              nbpt.ts           004
 *   广东工程职业技术学院 school track, GD-SG-2022        gdep.ts           002
 *
 * Conventions:
 * - Indicator actuals use the programme's reporting cadence: quarters ('2021-Q3') for SG-2019, with
 *   annual codes ('2021') for figures counted once a year; the months closing each quarter
 *   ('2022-M06') for Chongqing's monthly CQ-SG-2020; years for Guangdong's annual GD-SG-2022.
 *   Nothing is reported for a period that had not closed by 2026-09-30.
 * - Fund movements are quarterly in every book (finance offices book arrivals and spending by
 *   quarter; the rates only need the year). They are derived from the budgets with kit.ts's
 *   `fundMovements`, with per-task slow-downs so some execution lags.
 * - Task statuses in the documents are the plan's (NOT_STARTED); `progress` holds the status now.
 * - `flowIndicatorCodes` lists the indicators whose period values add up (aggregation SUM); all
 *   other indicators are stocks (LATEST). Enrolments without a book: NBPT's two specialty groups.
 */
import type { DemoTaskBook } from './demo-task-books/types.js';
import { cqcaGroupBook, cqcaSchoolBook } from './demo-task-books/cqca.js';
import { cqvieGroupBook } from './demo-task-books/cqvie.js';
import { gdepSchoolBook } from './demo-task-books/gdep.js';
import { nbptSchoolBook } from './demo-task-books/nbpt.js';
import { tjviOptometryBook, tjviPackagingBook } from './demo-task-books/tjvi-groups.js';
import { tjviSchoolBook } from './demo-task-books/tjvi-school.js';
import { findTaskBookProblems } from './demo-task-books/validate.js';

export type { DemoActual, DemoFundMovement, DemoProgress, DemoTaskBook } from './demo-task-books/types.js';
export { DEMO_REPORTED_UNTIL, findTaskBookProblems } from './demo-task-books/validate.js';

export const demoTaskBooks: DemoTaskBook[] = [
  tjviSchoolBook,
  tjviOptometryBook,
  tjviPackagingBook,
  cqcaSchoolBook,
  cqcaGroupBook,
  cqvieGroupBook,
  nbptSchoolBook,
  gdepSchoolBook,
];

/**
 * Internal consistency of the demo books: task codes and parents, indicator / milestone / budget /
 * actual / fund / progress references, programme years, department codes of demo-data.ts,
 * usernames of demo-users.ts, unique codes. [] when everything holds.
 */
export function validateDemoTaskBooks(): string[] {
  return findTaskBookProblems(demoTaskBooks);
}
