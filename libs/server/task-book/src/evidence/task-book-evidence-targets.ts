import { Injectable, type OnModuleInit } from '@nestjs/common';
import { subject } from '@casl/ability';
import { AppError, Db, EvidenceTargets, RequestContext, assertCan, currentAbility, requireUuid } from '@dsg/server-core';
import { ConstructionTask } from '../task/construction-task.entity.js';
import { IndicatorActual, PerformanceIndicator } from '../indicator/indicator.entity.js';
import { Milestone } from '../milestone/milestone.entity.js';
import { Achievement } from '../achievement/achievement.entity.js';
import { loadTree, responsibleUserIds } from '../task/task-tree.store.js';

/**
 * 佐证材料 of the task book's objects: who may attach files to what.
 * - an actual: whoever may report it (its task's responsible people, the lead and cooperating
 *   departments' contributors, the 双高办), the same rule as entering the value;
 * - a task or a milestone of it: whoever may update the task, or may report its actuals;
 * - a landmark achievement: its author, or whoever may update achievements (the 双高办).
 * Objects of another tenant are not found (tenant filter and RLS), so they answer NOT_FOUND.
 */
@Injectable()
export class TaskBookEvidenceTargets implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly targets: EvidenceTargets,
  ) {}

  onModuleInit(): void {
    this.targets.register('IndicatorActual', (id) => this.actual(id));
    this.targets.register('ConstructionTask', (id) => this.workOnTask(id, true));
    this.targets.register('Milestone', (id) => this.milestone(id));
    this.targets.register('Achievement', (id) => this.achievement(id));
  }

  private async actual(id: string): Promise<void> {
    const em = this.db.em();
    const actual = await em.findOne(IndicatorActual, { id: requireUuid(id) });
    const indicator = actual && (await em.findOne(PerformanceIndicator, { id: actual.indicatorId }));
    if (!indicator) throw AppError.notFound();
    await this.workOnTask(indicator.taskId, false);
  }

  private async milestone(id: string): Promise<void> {
    const milestone = await this.db.em().findOne(Milestone, { id: requireUuid(id) });
    if (!milestone) throw AppError.notFound();
    await this.workOnTask(milestone.taskId, true);
  }

  /** May report the task's actuals, or (`orUpdate`) may update the task itself. */
  private async workOnTask(taskId: string, orUpdate: boolean): Promise<void> {
    const em = this.db.em();
    const task = await em.findOne(ConstructionTask, { id: requireUuid(taskId) });
    if (!task) throw AppError.notFound();
    const tasks = await loadTree(em, task.taskBookId);
    const people = responsibleUserIds(tasks, task.id);
    const departmentIds = [task.leadDepartmentId, ...task.cooperatingDepartmentIds].filter((x): x is string => !!x);
    const ability = currentAbility();
    const mayUpdate = orUpdate && ability.can('update', subject('ConstructionTask', { tenantId: task.tenantId, responsibleUserIds: people }) as never);
    if (mayUpdate) return;
    assertCan('create', 'IndicatorActual', subject('IndicatorActual', { tenantId: task.tenantId, responsibleUserIds: people, departmentIds }));
  }

  private async achievement(id: string): Promise<void> {
    const achievement = await this.db.em().findOne(Achievement, { id: requireUuid(id) });
    if (!achievement) throw AppError.notFound();
    const actor = RequestContext.current().requireActor();
    if (achievement.createdBy === actor.userId) return;
    assertCan('update', 'Achievement', achievement);
  }
}
