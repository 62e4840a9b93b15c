import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '@dsg/server-core';
import { Enrolment } from '@dsg/server-organisations';
import {
  ConstructionTask, FundMovement, IndicatorActual, PerformanceIndicator, ResponsibilityAgreement, TaskBook, TaskBookVersion, replacePlan,
  type TaskBookDocument,
} from '@dsg/server-task-book';
import * as demo from './demo-data.js';
import { users as demoUsers } from './demo-users.js';
import { demoTaskBooks, type DemoTaskBook } from './demo-task-books.js';
import { stableId } from './stable-id.js';

/**
 * Loads the demo task books (tasks, indicators with targets, milestones, budgets; then actuals,
 * fund movements and progress; approved ones as version 1) into their enrolments. Runs inside the
 * seed's platform bypass; a book that already exists is left alone.
 */
export async function seedTaskBooks(em: EntityManager): Promise<number> {
  let created = 0;
  for (const b of demoTaskBooks) {
    const institutionId = stableId(`institution:${b.institutionCode}`);
    const bookId = stableId(`taskbook:${b.institutionCode}:${b.programmeCode}:${b.track}:${b.specialtyGroup ?? ''}`);
    if (await em.findOne(TaskBook, { id: bookId }, { filters: false })) continue;
    const enrolment = await em.findOneOrFail(Enrolment, {
      tenantId: institutionId, programmeId: stableId(`programme:${b.programmeCode}`), track: b.track, specialtyGroup: b.specialtyGroup,
    }, { filters: false });
    const programme = demo.programmes.find((p) => p.code === b.programmeCode)!;
    const book = em.create(TaskBook, {
      id: bookId, tenantId: institutionId, enrolmentId: enrolment.id, title: b.document.title, startYear: programme.startYear, endYear: programme.endYear,
    } as TaskBook);
    await em.flush();
    await replacePlan(em, book, documentOf(b), lookups(b));
    await progressOf(em, b, book);
    await agreementOf(em, b, book, programme.startYear);
    if (b.approved) {
      const v = em.create(TaskBookVersion, {
        id: stableId(`taskbook-version:${bookId}:1`), tenantId: institutionId, taskBookId: bookId, number: 1, status: 'APPROVED',
        snapshot: documentOf(b), submittedAt: new Date(`${programme.startYear}-03-01T00:00:00Z`), decidedAt: new Date(`${programme.startYear}-04-01T00:00:00Z`),
        decisionNote: '同意', submittedBy: adminOf(b.institutionCode),
      } as TaskBookVersion);
      await em.flush();
      // replacePlan clears the unit of work as it goes: load the book again to update it.
      (await em.findOneOrFail(TaskBook, { id: bookId }, { filters: false })).currentVersionId = v.id;
      await em.flush();
    }
    created++;
  }
  return created;
}

/**
 * 目标责任书 of the institution's demo task lead: the tasks they lead in the book and those tasks'
 * indicators, signed with the institution's leader (人人肩上有指标 on the lead's own page).
 */
async function agreementOf(em: EntityManager, b: DemoTaskBook, book: TaskBook, startYear: number): Promise<void> {
  const user = (role: string) => demoUsers.find((u) => u.role === role && u.organisation.kind === 'INSTITUTION' && u.organisation.code === b.institutionCode);
  const lead = user('TASK_LEAD');
  const head = user('LEADERSHIP_VIEWER');
  if (!lead || !head) return;
  const leadId = stableId(`user:${lead.username}`);
  const tasks = await em.find(ConstructionTask, { taskBookId: book.id, $or: [{ leaderUserId: leadId }, { projectLeaderUserId: leadId }] }, { filters: false, orderBy: { code: 'asc' } });
  if (tasks.length === 0) return;
  const indicators = await em.find(PerformanceIndicator, { taskId: { $in: tasks.map((t) => t.id) } }, { filters: false, orderBy: { code: 'asc' } });
  em.create(ResponsibilityAgreement, {
    id: stableId(`agreement:${book.id}:${lead.username}`), tenantId: book.tenantId, title: `目标责任书（${lead.displayName}）· ${book.title}`.slice(0, 300),
    headUserId: stableId(`user:${head.username}`), responsibleUserId: leadId, taskIds: tasks.map((t) => t.id), indicatorIds: indicators.map((i) => i.id),
    signedOn: `${startYear}-03-15`, status: 'SIGNED',
  } as ResponsibilityAgreement);
  await em.flush();
}

function adminOf(institutionCode: string): string {
  const u = demoUsers.find((x) => x.role === 'INSTITUTION_ADMIN' && x.organisation.kind === 'INSTITUTION' && x.organisation.code === institutionCode)!;
  return stableId(`user:${u.username}`);
}

/** The demo document with each indicator's aggregation taken from the book's list of flow indicators. */
function documentOf(b: DemoTaskBook): TaskBookDocument {
  const flows = new Set(b.flowIndicatorCodes);
  return { ...b.document, indicators: b.document.indicators.map((i) => ({ ...i, aggregation: flows.has(i.code) ? 'SUM' : 'LATEST' })) };
}

function lookups(b: DemoTaskBook) {
  const inst = demo.institutions.find((i) => i.code === b.institutionCode)!;
  const departments = new Map(inst.departments.map((d) => [d.code, stableId(`department:${inst.code}:${d.code}`)]));
  const users = new Map(
    demoUsers
      .filter((u) => u.organisation.kind === 'INSTITUTION' && u.organisation.code === b.institutionCode)
      .map((u) => [u.username, stableId(`user:${u.username}`)]),
  );
  return { departments, users };
}

async function progressOf(em: EntityManager, b: DemoTaskBook, book: TaskBook): Promise<void> {
  const tasks = new Map((await em.find(ConstructionTask, { taskBookId: book.id }, { filters: false })).map((t) => [t.code, t]));
  const indicators = new Map((await em.find(PerformanceIndicator, { taskBookId: book.id }, { filters: false })).map((i) => [i.code, i]));
  const enteredBy = adminOf(b.institutionCode);
  for (const p of b.progress) Object.assign(tasks.get(p.taskCode)!, { status: p.status, progress: p.progress });
  for (const a of b.actuals) {
    em.create(IndicatorActual, { id: newId(), tenantId: book.tenantId, indicatorId: indicators.get(a.indicatorCode)!.id, period: a.period, value: a.value, text: a.text ?? null, enteredBy } as IndicatorActual);
  }
  for (const m of b.fundMovements) {
    em.create(FundMovement, { id: newId(), tenantId: book.tenantId, taskId: tasks.get(m.taskCode)!.id, source: m.source, period: m.period, arrived: m.arrived, spent: m.spent, enteredBy } as FundMovement);
  }
  await em.flush();
}
