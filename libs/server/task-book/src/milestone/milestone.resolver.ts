import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Policy, groupByKeys, requestLoader } from '@dsg/server-core';
import { ConstructionTaskType } from '../task-book/task-book.type.js';
import { AddMilestoneInput, CompleteMilestoneInput, MilestoneType } from './milestone.type.js';
import { MilestoneService, milestoneStatus } from './milestone.service.js';
import type { Milestone } from './milestone.entity.js';

const toType = (m: Milestone): MilestoneType => ({
  id: m.id, taskId: m.taskId, title: m.title, dueDate: m.dueDate, deliverable: m.deliverable, status: milestoneStatus(m),
  completedAt: m.completedAt, completionNote: m.completionNote,
});

@Resolver(() => MilestoneType)
export class MilestoneResolver {
  constructor(private readonly service: MilestoneService) {}

  @Policy('update', 'ConstructionTask')
  @Mutation(() => MilestoneType)
  async addMilestone(@Args('input') input: AddMilestoneInput): Promise<MilestoneType> {
    return toType(await this.service.add(input));
  }

  @Policy('update', 'ConstructionTask')
  @Mutation(() => MilestoneType)
  async completeMilestone(@Args('input') input: CompleteMilestoneInput): Promise<MilestoneType> {
    return toType(await this.service.complete(input));
  }

  @Policy('update', 'ConstructionTask')
  @Mutation(() => Boolean)
  deleteMilestone(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.delete(id);
  }
}

@Resolver(() => ConstructionTaskType)
export class TaskMilestonesResolver {
  constructor(private readonly service: MilestoneService) {}

  @ResolveField(() => [MilestoneType])
  milestones(@Parent() task: ConstructionTaskType): Promise<MilestoneType[]> {
    const loader = requestLoader<string, MilestoneType[]>('task.milestones', async (ids) =>
      groupByKeys(ids, (await this.service.ofTasks(ids)).map(toType), (m) => m.taskId),
    );
    return loader.load(task.id);
  }
}
