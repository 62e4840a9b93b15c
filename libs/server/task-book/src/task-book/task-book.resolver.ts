import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, Policy, groupByKeys, requestLoader, type Connection } from '@dsg/server-core';
import { ConstructionTaskType, CreateTaskBookInput, TaskBookConnection, TaskBookType } from './task-book.type.js';
import { TaskBookService } from './task-book.service.js';
import { toTaskBookType, toTaskType } from './task-book.mapper.js';

@Resolver(() => TaskBookType)
export class TaskBookResolver {
  constructor(private readonly service: TaskBookService) {}

  @Policy('read', 'TaskBook')
  @Query(() => TaskBookConnection)
  async taskBooks(@Args() args: PageArgs): Promise<Connection<TaskBookType>> {
    const page = await this.service.list(args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toTaskBookType(e.node) })) };
  }

  @Policy('read', 'TaskBook')
  @Query(() => TaskBookType)
  async taskBook(@Args('id', { type: () => ID }) id: string): Promise<TaskBookType> {
    return toTaskBookType(await this.service.get(id));
  }

  @Policy('create', 'TaskBook')
  @Mutation(() => TaskBookType)
  async createTaskBook(@Args('input') input: CreateTaskBookInput): Promise<TaskBookType> {
    return toTaskBookType(await this.service.create(input));
  }

  /** The whole tree of a book (a few hundred rows at most), batched across books. */
  @ResolveField(() => [ConstructionTaskType])
  tasks(@Parent() book: TaskBookType): Promise<ConstructionTaskType[]> {
    const loader = requestLoader<string, ConstructionTaskType[]>('taskBook.tasks', async (ids) => {
      const rows = await this.service.tasks(ids);
      return groupByKeys(ids, rows, (t) => t.taskBookId).map((ts) => ts.map(toTaskType));
    });
    return loader.load(book.id);
  }
}
