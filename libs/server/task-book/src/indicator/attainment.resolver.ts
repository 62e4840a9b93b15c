import { Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '@dsg/server-core';
import { ConstructionTaskType, TaskBookType } from '../task-book/task-book.type.js';
import { ConstructionTask } from '../task/construction-task.entity.js';
import { IndicatorService } from './indicator.service.js';
import { ActualService } from './actual.service.js';
import { TaskBookService } from '../task-book/task-book.service.js';
import { cumulativeAttainment, rollUpTree, type IndicatorSeries, type TaskAttainmentNode, type TreeRollUp } from '../domain/attainment.js';

/**
 * Attainment rolled up the task tree (cumulative to date, capped per indicator, mean over the
 * indicators of each subtree) and for the whole book: computed per request from targets and
 * actuals, never stored.
 */
function bookRollUp(books: TaskBookService, indicators: IndicatorService, actuals: ActualService) {
  return requestLoader<string, TreeRollUp>('taskBook.rollUp', async (bookIds) => {
    const tasks: ConstructionTask[] = await books.tasks(bookIds);
    const { indicators: inds, targets } = await indicators.ofTasks(tasks.map((t) => t.id));
    const values = inds.length ? await actuals.ofIndicators(inds.map((i) => i.id)) : [];
    const attainmentOf = new Map(inds.map((i) => {
      const series: IndicatorSeries = {
        direction: i.direction,
        aggregation: i.aggregation,
        finalTarget: i.finalTarget,
        yearlyTargets: Object.fromEntries(targets.filter((t) => t.indicatorId === i.id).map((t) => [t.year, t.value])),
        actuals: values.filter((a) => a.indicatorId === i.id && a.value !== null).map((a) => ({ period: a.period, value: a.value })),
      };
      return [i.id, cumulativeAttainment(series)];
    }));
    return bookIds.map((bookId) => {
      const own = tasks.filter((t) => t.taskBookId === bookId);
      const node = (t: ConstructionTask): TaskAttainmentNode => ({
        id: t.id,
        indicators: inds.filter((i) => i.taskId === t.id).map((i) => ({ id: i.id, attainment: attainmentOf.get(i.id) ?? null })),
        children: own.filter((c) => c.parentId === t.id).map(node),
      });
      return rollUpTree(own.filter((t) => t.parentId === null).map(node));
    });
  });
}

@Resolver(() => TaskBookType)
export class TaskBookAttainmentResolver {
  constructor(
    private readonly books: TaskBookService,
    private readonly indicators: IndicatorService,
    private readonly actuals: ActualService,
  ) {}

  @ResolveField(() => Float, { nullable: true, description: 'Cumulative attainment of the whole book (mean over its indicators, each capped at 100%).' })
  async attainment(@Parent() book: TaskBookType): Promise<number | null> {
    return (await bookRollUp(this.books, this.indicators, this.actuals).load(book.id)).book;
  }
}

@Resolver(() => ConstructionTaskType)
export class TaskAttainmentResolver {
  constructor(
    private readonly books: TaskBookService,
    private readonly indicators: IndicatorService,
    private readonly actuals: ActualService,
  ) {}

  @ResolveField(() => Float, { nullable: true, description: 'Cumulative attainment of the task and its subtasks.' })
  async attainment(@Parent() task: ConstructionTaskType & { taskBookId?: string }): Promise<number | null> {
    return (await bookRollUp(this.books, this.indicators, this.actuals).load(task.taskBookId!)).byTask.get(task.id) ?? null;
  }
}
