import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { JSONScalar, Policy, groupByKeys, requestLoader } from '@dsg/server-core';
import { TaskBookType } from '../task-book/task-book.type.js';
import { DecideTaskBookVersionInput, TaskBookVersionType } from './version.type.js';
import { VersionService } from './version.service.js';
import type { TaskBookVersion } from '../task-book/task-book.entity.js';

const toType = (v: TaskBookVersion): TaskBookVersionType => ({
  id: v.id, number: v.number, status: v.status, submittedBy: v.submittedBy, submittedAt: v.submittedAt,
  decidedBy: v.decidedBy, decidedAt: v.decidedAt, decisionNote: v.decisionNote, reason: v.reason,
});

@Resolver(() => TaskBookVersionType)
export class VersionResolver {
  constructor(private readonly service: VersionService) {}

  @Policy('create', 'TaskBookVersion')
  @Mutation(() => TaskBookVersionType, { description: 'Submits the draft plan to the agency as the next version.' })
  async submitTaskBook(
    @Args('taskBookId', { type: () => ID }) taskBookId: string,
    @Args('reason', { type: () => String, nullable: true, description: 'Required for a change request (任务书调整申请).' }) reason: string | null,
  ): Promise<TaskBookVersionType> {
    return toType(await this.service.submit(taskBookId, reason));
  }

  @Policy('update', 'TaskBookVersion')
  @Mutation(() => TaskBookVersionType, { description: 'The agency approves (it becomes current) or returns (reason required).' })
  async decideTaskBookVersion(@Args('input') input: DecideTaskBookVersionInput): Promise<TaskBookVersionType> {
    return toType(await this.service.decide(input));
  }

  /** A change request's diff against the version it changes (added, removed, changed). */
  @ResolveField(() => JSONScalar, { nullable: true })
  changes(@Parent() v: TaskBookVersionType): Promise<unknown> {
    return this.service.changes(v.id);
  }

  /** The frozen plan of this version (TaskBookDocument): every version stays readable. */
  @ResolveField(() => JSONScalar)
  document(@Parent() v: TaskBookVersionType): Promise<unknown> {
    return this.service.snapshot(v.id);
  }
}

@Resolver(() => TaskBookType)
export class TaskBookVersionsResolver {
  constructor(private readonly service: VersionService) {}

  @ResolveField(() => [TaskBookVersionType])
  versions(@Parent() book: TaskBookType): Promise<TaskBookVersionType[]> {
    const loader = requestLoader<string, TaskBookVersionType[]>('taskBook.versions', async (ids) =>
      groupByKeys(ids, (await this.service.ofBooks(ids)).map((v) => ({ ...toType(v), taskBookId: v.taskBookId })), (v) => v.taskBookId),
    );
    return loader.load(book.id);
  }
}
