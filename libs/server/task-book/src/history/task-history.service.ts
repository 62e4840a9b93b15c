import { Injectable } from '@nestjs/common';
import type { FilterQuery } from '@mikro-orm/core';
import {
  AppError, AuditLogEntry, Db, assertCan, auditLogPage, requireUuid, type AuditLogEntryType, type Connection, type PageArgs,
} from '@dsg/server-core';
import { ConstructionTask } from '../task/construction-task.entity.js';
import { IndicatorActual, PerformanceIndicator } from '../indicator/indicator.entity.js';
import { Milestone } from '../milestone/milestone.entity.js';

/** A JSON key of the audit snapshot, before or after the change (deleted rows only have `before`). */
const refersTo = (key: string, value: string | { $in: string[] }): FilterQuery<AuditLogEntry>[] => [
  { after: { [key]: value } } as FilterQuery<AuditLogEntry>,
  { before: { [key]: value } } as FilterQuery<AuditLogEntry>,
];

/**
 * 变更记录: the audit entries of one construction task and of everything hanging off it —
 * its milestones, indicators (with yearly targets and actuals), budget lines, fund movements and
 * evidence files, including rows deleted since. The audit log is the institution's own record:
 * only its members may read it (CASL `TaskHistory`), and row-level security agrees.
 */
@Injectable()
export class TaskHistoryService {
  constructor(private readonly db: Db) {}

  async history(taskId: string, args: PageArgs): Promise<Connection<AuditLogEntryType>> {
    const em = this.db.em();
    const task = await em.findOne(ConstructionTask, { id: requireUuid(taskId) });
    if (!task) throw AppError.notFound();
    assertCan('read', 'ConstructionTask', task);
    assertCan('read', 'TaskHistory', { tenantId: task.tenantId });
    const [milestones, indicators] = await Promise.all([
      em.find(Milestone, { taskId: task.id }, { fields: ['id'] }),
      em.find(PerformanceIndicator, { taskId: task.id }, { fields: ['id'] }),
    ]);
    const indicatorIds = indicators.map((i) => i.id);
    const actuals = indicatorIds.length ? await em.find(IndicatorActual, { indicatorId: { $in: indicatorIds } }, { fields: ['id'] }) : [];
    // Objects whose own entries and whose evidence files belong to this task's history.
    const related = [task.id, ...milestones.map((m) => m.id), ...indicatorIds, ...actuals.map((a) => a.id)];
    const where: FilterQuery<AuditLogEntry> = {
      tenantId: task.tenantId,
      $or: [
        { objectId: { $in: related } },
        ...refersTo('taskId', task.id),
        ...(indicatorIds.length ? refersTo('indicatorId', { $in: indicatorIds }) : []),
        ...refersTo('objectId', { $in: related }),
      ],
    };
    return auditLogPage(this.db, where, args);
  }
}
