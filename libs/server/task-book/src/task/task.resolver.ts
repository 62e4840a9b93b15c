import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Policy } from '@dsg/server-core';
import { ConstructionTaskType } from '../task-book/task-book.type.js';
import { toTaskType } from '../task-book/task-book.mapper.js';
import { TaskService } from './task.service.js';
import { AddTaskInput, MoveTaskInput, ReportTaskProgressInput, UpdateTaskInput } from './task.inputs.js';

@Resolver(() => ConstructionTaskType)
export class TaskResolver {
  constructor(private readonly service: TaskService) {}

  @Policy('create', 'ConstructionTask')
  @Mutation(() => ConstructionTaskType, { description: 'Adds a task to a draft task book; codes of the siblings follow.' })
  async addTask(@Args('input') input: AddTaskInput): Promise<ConstructionTaskType> {
    return toTaskType(await this.service.add(input));
  }

  @Policy('update', 'ConstructionTask')
  @Mutation(() => ConstructionTaskType)
  async updateTask(@Args('input') input: UpdateTaskInput): Promise<ConstructionTaskType> {
    return toTaskType(await this.service.update(input));
  }

  @Policy('update', 'ConstructionTask')
  @Mutation(() => ConstructionTaskType, { description: 'Moves a task with its subtree; refuses moves under its own descendants.' })
  async moveTask(@Args('input') input: MoveTaskInput): Promise<ConstructionTaskType> {
    return toTaskType(await this.service.move(input));
  }

  @Policy('delete', 'ConstructionTask')
  @Mutation(() => Boolean)
  deleteTask(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.delete(id);
  }

  @Policy('update', 'ConstructionTask')
  @Mutation(() => ConstructionTaskType, { description: 'Status and progress: allowed at any time, also after approval.' })
  async reportTaskProgress(@Args('input') input: ReportTaskProgressInput): Promise<ConstructionTaskType> {
    return toTaskType(await this.service.reportProgress(input));
  }
}
