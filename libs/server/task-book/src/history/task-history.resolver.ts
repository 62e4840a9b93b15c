import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuditLogEntryConnection, PageArgs, Policy, type AuditLogEntryType, type Connection } from '@dsg/server-core';
import { TaskHistoryService } from './task-history.service.js';

@Resolver()
export class TaskHistoryResolver {
  constructor(private readonly service: TaskHistoryService) {}

  @Policy('read', 'TaskHistory')
  @Query(() => AuditLogEntryConnection, {
    description: '变更记录: changes to a task, its milestones, indicators, actuals, funds and evidence, newest first.',
  })
  taskHistory(@Args('taskId', { type: () => ID }) taskId: string, @Args() args: PageArgs): Promise<Connection<AuditLogEntryType>> {
    return this.service.history(taskId, args);
  }
}
