import { Module, type DynamicModule } from '@nestjs/common';
import { TaskBookService } from './task-book/task-book.service.js';
import { TaskBookResolver } from './task-book/task-book.resolver.js';

/** Resolver classes, also used to print the committed schema without a running app. */
export const taskBookResolvers = [TaskBookResolver];

/** 任务书: tasks, milestones, indicators, actuals, funds (issue 3; grows feature by feature). */
@Module({})
export class TaskBookModule {
  static forRoot(opts: { graphql: boolean }): DynamicModule {
    return {
      module: TaskBookModule,
      providers: [TaskBookService, ...(opts.graphql ? taskBookResolvers : [])],
      exports: [TaskBookService],
    };
  }
}
