/**
 * Consistency checks of the demo task books against themselves and against demo-data.ts /
 * demo-users.ts: the rules the import (task-book-workbook.ts), the actuals and the funds services
 * apply, plus a few demo conventions. Returns readable problems; [] when everything holds.
 */
import type { TaskBookDocument } from '@dsg/server-task-book';
import { enrolments, institutions, programmes } from '../demo-data.js';
import { users } from '../demo-users.js';
import type { DemoTaskBook } from './types.js';

// Vocabulary of @dsg/contracts (task-book.ts), repeated here because this module imports types only.
const TASK_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'LAGGING', 'TERMINATED'];
const MILESTONE_STATUSES = ['PENDING', 'DONE', 'OVERDUE'];
const INDICATOR_CATEGORIES = [
  'OUTPUT_QUANTITY', 'OUTPUT_QUALITY', 'OUTPUT_TIMELINESS', 'OUTPUT_COST',
  'BENEFIT_SOCIAL', 'BENEFIT_ECONOMIC', 'BENEFIT_SUSTAINABLE', 'SATISFACTION',
];
const INDICATOR_DIRECTIONS = ['HIGHER_BETTER', 'LOWER_BETTER'];
const INDICATOR_KINDS = ['QUANTITATIVE', 'QUALITATIVE'];
const FUNDING_SOURCES = ['CENTRAL', 'LOCAL', 'SPONSOR', 'INDUSTRY', 'SELF'];

/** Field sizes of the workbook import (workbook-layout.ts MAX_LENGTH). */
const MAX = { code: 40, title: 200, description: 4000, deliverable: 1000, unit: 20 };
/** Largest actual the actuals service accepts. */
const MAX_VALUE = 1e12;
/** Nothing may be reported for a period that had not ended when the demo data was written. */
export const DEMO_REPORTED_UNTIL = '2026-09-30';

const TASK_CODE = /^[1-9]\d*(\.[1-9]\d*){0,2}$/;
const PERIOD_CODE = /^([1-9]\d{3})(?:-(?:H([12])|Q([1-4])|M(0[1-9]|1[0-2])))?$/;

export function findTaskBookProblems(books: readonly DemoTaskBook[]): string[] {
  const problems: string[] = [];
  const seenEnrolments = new Set<string>();
  for (const book of books) {
    const where = `${book.institutionCode}/${book.programmeCode}/${book.track}/${book.specialtyGroup ?? '-'}`;
    const report = (message: string) => problems.push(`${where}: ${message}`);
    if (seenEnrolments.has(where)) report('a second book for the same enrolment');
    seenEnrolments.add(where);
    checkBook(book, report);
  }
  return problems;
}

function checkBook(book: DemoTaskBook, report: (message: string) => void): void {
  const institution = institutions.find((i) => i.code === book.institutionCode);
  const programme = programmes.find((p) => p.code === book.programmeCode);
  if (!institution) report(`unknown institution ${book.institutionCode}`);
  if (!programme) report(`unknown programme ${book.programmeCode}`);
  const enrolled = enrolments.some(
    (e) => e.institutionCode === book.institutionCode && e.programmeCode === book.programmeCode
      && e.track === book.track && e.specialtyGroup === book.specialtyGroup,
  );
  if (!enrolled) report('no such enrolment in demo-data.ts');
  if ((book.track === 'SCHOOL') !== (book.specialtyGroup === null)) report('a school-track book has no specialty group, a group book has one');

  const doc = book.document;
  if (programme && (doc.startYear !== programme.startYear || doc.endYear !== programme.endYear)) {
    report(`years ${doc.startYear}–${doc.endYear} differ from the programme's ${programme.startYear}–${programme.endYear}`);
  }
  if (!doc.title.trim() || doc.title.length > MAX.title) report('title empty or too long');

  const departments = new Set(institution?.departments.map((d) => d.code) ?? []);
  const usernames = new Set(
    users.filter((u) => u.organisation.kind === 'INSTITUTION' && u.organisation.code === book.institutionCode).map((u) => u.username),
  );
  const inYears = (date: string) => isIsoDate(date) && Number(date.slice(0, 4)) >= doc.startYear && Number(date.slice(0, 4)) <= doc.endYear;
  const inYearRange = (year: number) => Number.isInteger(year) && year >= doc.startYear && year <= doc.endYear;

  // ── tasks
  const tasks = new Map<string, TaskBookDocument['tasks'][number]>();
  for (const t of doc.tasks) {
    const at = `task ${t.code}`;
    if (!TASK_CODE.test(t.code)) report(`${at}: malformed code (use 1, 1.2 or 1.2.3)`);
    if (tasks.has(t.code)) report(`${at}: duplicate code`);
    const parent = parentCode(t.code);
    if (parent !== null && !tasks.has(parent)) report(`${at}: parent ${parent} missing or listed after it`);
    tasks.set(t.code, t);
    if (!t.title.trim() || t.title.length > MAX.title) report(`${at}: title empty or longer than ${MAX.title}`);
    if (t.description !== null && t.description.length > MAX.description) report(`${at}: description too long`);
    if (t.leadDepartmentCode !== null && !departments.has(t.leadDepartmentCode)) report(`${at}: unknown lead department ${t.leadDepartmentCode}`);
    for (const c of t.cooperatingDepartmentCodes) if (!departments.has(c)) report(`${at}: unknown cooperating department ${c}`);
    if (new Set(t.cooperatingDepartmentCodes).size !== t.cooperatingDepartmentCodes.length) report(`${at}: a cooperating department is listed twice`);
    if (t.leadDepartmentCode !== null && t.cooperatingDepartmentCodes.includes(t.leadDepartmentCode)) report(`${at}: the lead department is also cooperating`);
    for (const u of [t.leaderUsername, t.projectLeaderUsername]) if (u !== null && !usernames.has(u)) report(`${at}: ${u} is not a demo user of ${book.institutionCode}`);
    if (!TASK_STATUSES.includes(t.status)) report(`${at}: unknown status ${t.status}`);
    if (t.startDate !== null && !inYears(t.startDate)) report(`${at}: start ${t.startDate} outside the programme`);
    if (t.endDate !== null && !inYears(t.endDate)) report(`${at}: end ${t.endDate} outside the programme`);
    if (t.startDate !== null && t.endDate !== null && t.endDate < t.startDate) report(`${at}: ends before it starts`);
    const p = parent === null ? undefined : tasks.get(parent);
    if (p && ((p.startDate && t.startDate && t.startDate < p.startDate) || (p.endDate && t.endDate && t.endDate > p.endDate))) {
      report(`${at}: dates outside its parent's`);
    }
  }
  if (!doc.tasks.some((t) => !t.code.includes('.'))) report('no level-1 task');

  // ── milestones
  for (const m of doc.milestones) {
    const at = `milestone "${m.title}"`;
    const t = tasks.get(m.taskCode);
    if (!t) report(`${at}: unknown task ${m.taskCode}`);
    if (!m.title.trim() || m.title.length > MAX.title) report(`${at}: title empty or too long`);
    if (!inYears(m.dueDate)) report(`${at}: due ${m.dueDate} outside the programme`);
    if (t && ((t.startDate && m.dueDate < t.startDate) || (t.endDate && m.dueDate > t.endDate))) report(`${at}: due outside its task's dates`);
    if (m.deliverable !== null && m.deliverable.length > MAX.deliverable) report(`${at}: deliverable too long`);
    if (!MILESTONE_STATUSES.includes(m.status)) report(`${at}: unknown status ${m.status}`);
  }
  for (const t of doc.tasks.filter((x) => !x.code.includes('.'))) {
    const n = doc.milestones.filter((m) => m.taskCode === t.code || m.taskCode.startsWith(`${t.code}.`)).length;
    if (n < 1 || n > 3) report(`task ${t.code}: ${n} milestones (1–3 per level-1 task)`);
  }

  // ── indicators
  const indicators = new Map<string, TaskBookDocument['indicators'][number]>();
  const flow = new Set(book.flowIndicatorCodes);
  for (const i of doc.indicators) {
    const at = `indicator ${i.code}`;
    if (indicators.has(i.code)) report(`${at}: duplicate code`);
    indicators.set(i.code, i);
    if (!tasks.has(i.taskCode)) report(`${at}: unknown task ${i.taskCode}`);
    if (!i.code.startsWith(`${i.taskCode}-`) || i.code.length > MAX.code) report(`${at}: code should read <task code>-NN`);
    if (!i.name.trim() || i.name.length > MAX.title) report(`${at}: name empty or too long`);
    if (!INDICATOR_CATEGORIES.includes(i.category)) report(`${at}: unknown category ${i.category}`);
    if (!INDICATOR_KINDS.includes(i.kind)) report(`${at}: unknown kind ${i.kind}`);
    if (!INDICATOR_DIRECTIONS.includes(i.direction)) report(`${at}: unknown direction ${i.direction}`);
    if (i.unit !== null && i.unit.length > MAX.unit) report(`${at}: unit too long`);
    const targetYears = Object.keys(i.yearlyTargets).map(Number);
    if (i.kind === 'QUANTITATIVE') {
      if (i.finalTarget === null || !isMeasure(i.finalTarget)) report(`${at}: quantitative without a final target`);
      for (let y = doc.startYear; y <= doc.endYear; y++) if (!isMeasure(i.yearlyTargets[y])) report(`${at}: no target for ${y}`);
      for (const y of targetYears) if (!inYearRange(y)) report(`${at}: target for ${y}, outside the programme`);
      if (i.baseline !== null && !isMeasure(i.baseline)) report(`${at}: bad baseline`);
      if (flow.has(i.code) && i.finalTarget !== null) {
        const sum = targetYears.reduce((s, y) => s + (i.yearlyTargets[y] ?? 0), 0);
        if (Math.abs(sum - i.finalTarget) > 0.005) report(`${at}: flow indicator whose final target ${i.finalTarget} is not the sum of its yearly targets ${sum}`);
      }
    } else {
      if (targetYears.length > 0 || i.finalTarget !== null) report(`${at}: qualitative with targets`);
      if (flow.has(i.code)) report(`${at}: qualitative listed as a flow indicator`);
    }
  }
  for (const code of flow) if (!indicators.has(code)) report(`flow indicator ${code} not in the book`);

  // ── budgets
  const budgetKeys = new Set<string>();
  for (const b of doc.budgets) {
    const at = `budget ${b.taskCode}/${b.source}/${b.year}`;
    if (!tasks.has(b.taskCode)) report(`${at}: unknown task`);
    if (!FUNDING_SOURCES.includes(b.source)) report(`${at}: unknown source`);
    if (!inYearRange(b.year)) report(`${at}: year outside the programme`);
    if (!Number.isFinite(b.amount) || b.amount < 0) report(`${at}: bad amount ${b.amount}`);
    const key = `${b.taskCode}/${b.source}/${b.year}`;
    if (budgetKeys.has(key)) report(`${at}: given twice`);
    budgetKeys.add(key);
  }

  // ── what was reported
  if (!book.approved && (book.actuals.length || book.fundMovements.length || book.progress.length)) {
    report('an unapproved (draft) book has reported actuals, funds or progress');
  }
  const actualKeys = new Set<string>();
  for (const a of book.actuals) {
    const at = `actual ${a.indicatorCode}@${a.period}`;
    const i = indicators.get(a.indicatorCode);
    if (!i) report(`${at}: unknown indicator`);
    checkPeriod(a.period, at);
    if (actualKeys.has(`${a.indicatorCode}@${a.period}`)) report(`${at}: reported twice`);
    actualKeys.add(`${a.indicatorCode}@${a.period}`);
    if (i?.kind === 'QUANTITATIVE' && (a.value === null || !isMeasure(a.value) || a.value > MAX_VALUE)) report(`${at}: quantitative needs a value in 0..${MAX_VALUE}`);
    if (i?.kind === 'QUALITATIVE' && (a.value !== null || !a.text?.trim())) report(`${at}: qualitative needs text and no value`);
  }
  for (const code of flow) {
    // Summing '2021' and '2021-Q1' would count the same days twice (attainment.ts refuses it).
    const periods = book.actuals.filter((a) => a.indicatorCode === code).map((a) => a.period);
    for (const p of periods) {
      if (PERIOD_CODE.test(p) && p.length === 4 && periods.some((q) => q !== p && q.startsWith(`${p}-`))) report(`flow indicator ${code}: ${p} overlaps the year's sub-periods`);
    }
  }
  const movementKeys = new Set<string>();
  for (const f of book.fundMovements) {
    const at = `fund movement ${f.taskCode}/${f.source}@${f.period}`;
    if (!tasks.has(f.taskCode)) report(`${at}: unknown task`);
    if (!FUNDING_SOURCES.includes(f.source)) report(`${at}: unknown source`);
    checkPeriod(f.period, at);
    if (!budgetKeys.has(`${f.taskCode}/${f.source}/${f.period.slice(0, 4)}`)) report(`${at}: no budget for that task, source and year`);
    if (!Number.isFinite(f.arrived) || !Number.isFinite(f.spent) || f.arrived < 0 || f.spent < 0) report(`${at}: bad amounts`);
    if (movementKeys.has(`${f.taskCode}/${f.source}@${f.period}`)) report(`${at}: given twice`);
    movementKeys.add(`${f.taskCode}/${f.source}@${f.period}`);
  }
  const progress = new Map<string, DemoTaskBook['progress'][number]>();
  for (const p of book.progress) {
    const at = `progress of ${p.taskCode}`;
    if (!tasks.has(p.taskCode)) report(`${at}: unknown task`);
    if (progress.has(p.taskCode)) report(`${at}: given twice`);
    progress.set(p.taskCode, p);
    if (!TASK_STATUSES.includes(p.status)) report(`${at}: unknown status ${p.status}`);
    if (!Number.isInteger(p.progress) || p.progress < 0 || p.progress > 100) report(`${at}: percent ${p.progress} not an integer in 0..100`);
    if ((p.status === 'COMPLETED') !== (p.progress === 100)) report(`${at}: COMPLETED exactly when 100 %`);
    if (p.status === 'NOT_STARTED' && p.progress !== 0) report(`${at}: NOT_STARTED with progress`);
  }
  if (book.progress.length > 0) {
    for (const t of doc.tasks) {
      if (!progress.has(t.code)) report(`task ${t.code}: no progress given`);
      const parent = parentCode(t.code);
      const own = progress.get(t.code);
      if (parent !== null && progress.get(parent)?.status === 'COMPLETED' && own && !['COMPLETED', 'TERMINATED'].includes(own.status)) {
        report(`task ${parent}: COMPLETED while sub-task ${t.code} is ${own.status}`);
      }
    }
  }

  function checkPeriod(period: string, at: string): void {
    const m = PERIOD_CODE.exec(period);
    if (!m) return report(`${at}: malformed period`);
    if (!inYearRange(Number(m[1]))) report(`${at}: period outside the programme`);
    if (periodEndOf(period) > DEMO_REPORTED_UNTIL) report(`${at}: period not closed by ${DEMO_REPORTED_UNTIL}`);
  }
}

function parentCode(code: string): string | null {
  const i = code.lastIndexOf('.');
  return i < 0 ? null : code.slice(0, i);
}

function isMeasure(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0;
}

function isIsoDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Last day of a period code (as periods.ts), for comparison with ISO dates. */
function periodEndOf(code: string): string {
  const m = PERIOD_CODE.exec(code)!;
  const year = Number(m[1]);
  const lastMonth = m[2] ? Number(m[2]) * 6 : m[3] ? Number(m[3]) * 3 : m[4] ? Number(m[4]) : 12;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return `${year}-${String(lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}
