import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Policy, requestLoader } from '@dsg/server-core';
import { ConstructionTaskType, TaskBookType } from '../task-book/task-book.type.js';
import { FundService } from './fund.service.js';
import {
  FundBudgetLineType, FundBySourceType, FundByYearType, FundMovementType, FundSummaryType, RecordFundMovementsInput, SetTaskBudgetInput,
} from './fund.type.js';
import { fundSummary, fundsBySource, fundsByTask, fundsByYear, type FundSummary } from '../domain/fund-rates.js';

interface BookFunds {
  total: FundSummary;
  bySource: FundBySourceType[];
  byYear: FundByYearType[];
  byTask: Map<string, FundSummary>;
  budgetsByTask: Map<string, FundBudgetLineType[]>;
  movements: FundMovementType[];
}

/** Figures of whole books, computed once per request and shared by every fund field. */
function bookFunds(service: FundService) {
  return requestLoader<string, BookFunds>('taskBook.funds', async (bookIds) => {
    const all = await service.dataOf(bookIds);
    return bookIds.map((bookId) => {
      const tasks = all.tasks.filter((t) => t.taskBookId === bookId);
      const ids = new Set(tasks.map((t) => t.id));
      const data = { budgets: all.data.budgets.filter((b) => ids.has(b.taskId)), movements: all.data.movements.filter((m) => ids.has(m.taskId)) };
      const budgetsByTask = new Map<string, FundBudgetLineType[]>();
      for (const b of all.budgets.filter((x) => ids.has(x.taskId))) budgetsByTask.set(b.taskId, [...(budgetsByTask.get(b.taskId) ?? []), { source: b.source, year: b.year, amount: b.amount }]);
      return {
        total: fundSummary(data),
        bySource: [...fundsBySource(data)].map(([source, s]) => ({ source, ...s })),
        byYear: [...fundsByYear(data)].map(([year, s]) => ({ year, ...s })),
        byTask: fundsByTask(tasks, data),
        budgetsByTask,
        movements: all.movements.filter((m) => ids.has(m.taskId)).map((m) => ({
          taskId: m.taskId, source: m.source, period: m.period, arrived: m.arrived, spent: m.spent, enteredBy: m.enteredBy, enteredAt: m.enteredAt,
        })),
      };
    });
  });
}

@Resolver(() => TaskBookType)
export class TaskBookFundsResolver {
  constructor(private readonly service: FundService) {}

  @ResolveField(() => FundSummaryType, { description: 'The institution’s funds for this book (到位率, 执行率).' })
  async funds(@Parent() book: TaskBookType): Promise<FundSummaryType> {
    return (await bookFunds(this.service).load(book.id)).total;
  }

  @ResolveField(() => [FundBySourceType])
  async fundsBySource(@Parent() book: TaskBookType): Promise<FundBySourceType[]> {
    return (await bookFunds(this.service).load(book.id)).bySource;
  }

  @ResolveField(() => [FundByYearType])
  async fundsByYear(@Parent() book: TaskBookType): Promise<FundByYearType[]> {
    return (await bookFunds(this.service).load(book.id)).byYear;
  }

  @ResolveField(() => [FundMovementType], { description: 'Money arrived and spent per task, source and period (one period when given).' })
  async fundMovements(
    @Parent() book: TaskBookType,
    @Args('period', { type: () => String, nullable: true }) period?: string | null,
  ): Promise<FundMovementType[]> {
    const { movements } = await bookFunds(this.service).load(book.id);
    return period ? movements.filter((m) => m.period === period) : movements;
  }

  @Policy('update', 'ConstructionTask')
  @Mutation(() => [FundBudgetLineType], { description: 'Replaces a task’s budget lines (draft books only).' })
  async setTaskBudget(@Args('input') input: SetTaskBudgetInput): Promise<FundBudgetLineType[]> {
    return (await this.service.setBudget(input)).map((b) => ({ source: b.source, year: b.year, amount: b.amount }));
  }

  @Policy('update', 'TaskBook')
  @Mutation(() => Boolean, { description: 'Records money arrived and spent in a period; all or nothing.' })
  async recordFundMovements(@Args('input') input: RecordFundMovementsInput): Promise<boolean> {
    await this.service.recordMovements(input);
    return true;
  }
}

@Resolver(() => ConstructionTaskType)
export class TaskFundsResolver {
  constructor(private readonly service: FundService) {}

  @ResolveField(() => FundSummaryType, { description: 'The task’s own and its subtasks’ funds.' })
  async funds(@Parent() task: ConstructionTaskType & { taskBookId?: string }): Promise<FundSummaryType> {
    const book = await bookFunds(this.service).load(task.taskBookId!);
    return book.byTask.get(task.id)!;
  }

  @ResolveField(() => [FundBudgetLineType])
  async budget(@Parent() task: ConstructionTaskType & { taskBookId?: string }): Promise<FundBudgetLineType[]> {
    return (await bookFunds(this.service).load(task.taskBookId!)).budgetsByTask.get(task.id) ?? [];
  }
}
