import type { EntityManager } from '@mikro-orm/postgresql';
import type { MemberDirectory, OrganisationDirectory } from '@dsg/server-core';
import { ConstructionTask } from '../task/construction-task.entity.js';
import { IndicatorTarget, PerformanceIndicator } from '../indicator/indicator.entity.js';
import { Milestone } from '../milestone/milestone.entity.js';
import { FundBudget } from '../fund/fund.entity.js';
import type { TaskBook } from '../task-book/task-book.entity.js';
import type { TaskBookDocument } from '../domain/task-book-document.js';

const byCode = (a: { code: string }, b: { code: string }) => {
  const pa = a.code.split('.').map(Number);
  const pb = b.code.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? -1) !== (pb[i] ?? -1)) return (pa[i] ?? -1) - (pb[i] ?? -1);
  return 0;
};

/**
 * The current plan of a book as a TaskBookDocument (the shape of the workbook and of version
 * snapshots): tasks by code, departments by code, people by username, in a stable order so that
 * two documents of the same plan are equal.
 */
export async function documentOf(em: EntityManager, book: TaskBook, orgs: OrganisationDirectory, members: MemberDirectory): Promise<TaskBookDocument> {
  const tasks = (await em.find(ConstructionTask, { taskBookId: book.id })).sort(byCode);
  const taskIds = tasks.map((t) => t.id);
  const codeOf = new Map(tasks.map((t) => [t.id, t.code]));
  const [indicators, milestones, budgets, departments] = await Promise.all([
    em.find(PerformanceIndicator, { taskBookId: book.id }),
    taskIds.length ? em.find(Milestone, { taskId: { $in: taskIds } }) : [],
    taskIds.length ? em.find(FundBudget, { taskId: { $in: taskIds } }) : [],
    orgs.departmentCodes(book.tenantId),
  ]);
  const targets = indicators.length ? await em.find(IndicatorTarget, { indicatorId: { $in: indicators.map((i) => i.id) } }) : [];
  const people = await members.usernames(tasks.flatMap((t) => [t.leaderUserId, t.projectLeaderUserId]).filter((x): x is string => !!x));
  const dept = (id: string | null) => (id ? (departments.get(id) ?? null) : null);
  return {
    title: book.title,
    startYear: book.startYear,
    endYear: book.endYear,
    tasks: tasks.map((t) => ({
      code: t.code,
      title: t.title,
      description: t.description,
      leadDepartmentCode: dept(t.leadDepartmentId),
      cooperatingDepartmentCodes: t.cooperatingDepartmentIds.map((d) => dept(d)).filter((x): x is string => !!x).sort(),
      leaderUsername: t.leaderUserId ? (people.get(t.leaderUserId) ?? null) : null,
      projectLeaderUsername: t.projectLeaderUserId ? (people.get(t.projectLeaderUserId) ?? null) : null,
      startDate: t.startDate,
      endDate: t.endDate,
      status: t.status,
    })),
    milestones: milestones
      .map((m) => ({ taskCode: codeOf.get(m.taskId)!, title: m.title, dueDate: m.dueDate, deliverable: m.deliverable, status: m.status }))
      .sort((a, b) => byCode({ code: a.taskCode }, { code: b.taskCode }) || a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title)),
    indicators: indicators
      .map((i) => ({
        taskCode: codeOf.get(i.taskId)!, code: i.code, name: i.name, category: i.category, kind: i.kind, unit: i.unit, direction: i.direction, aggregation: i.aggregation,
        baseline: i.baseline, finalTarget: i.finalTarget,
        yearlyTargets: Object.fromEntries(targets.filter((t) => t.indicatorId === i.id).sort((a, b) => a.year - b.year).map((t) => [t.year, t.value])),
      }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    budgets: budgets
      .map((b) => ({ taskCode: codeOf.get(b.taskId)!, source: b.source, year: b.year, amount: b.amount }))
      .sort((a, b) => byCode({ code: a.taskCode }, { code: b.taskCode }) || a.year - b.year || a.source.localeCompare(b.source)),
  };
}
