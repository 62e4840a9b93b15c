import { Args, ArgsType, Field, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectField, Policy, groupByKeys, requestLoader } from '@dsg/server-core';
import { ConstructionTaskType } from '../task-book/task-book.type.js';
import {
  AddIndicatorInput, IndicatorActualType, PerformanceIndicatorType, RecordActualsInput, UpdateIndicatorInput,
} from './indicator.type.js';
import { IndicatorService } from './indicator.service.js';
import { ActualService } from './actual.service.js';
import { toActualType, toIndicatorType } from './indicator.mapper.js';
import { cumulativeAttainment, periodAttainment, yearAttainment, type IndicatorSeries } from '../domain/attainment.js';

@ArgsType()
class AttainmentArgs {
  @Field(() => String, { nullable: true }) period?: string | null;
}

@Resolver(() => PerformanceIndicatorType)
export class IndicatorResolver {
  constructor(
    private readonly service: IndicatorService,
    private readonly actualService: ActualService,
  ) {}

  @Policy('update', 'ConstructionTask')
  @Mutation(() => PerformanceIndicatorType)
  async addIndicator(@Args('input') input: AddIndicatorInput): Promise<PerformanceIndicatorType> {
    const ind = await this.service.add(input);
    return toIndicatorType(ind, (await this.service.ofTasks([ind.taskId])).targets);
  }

  @Policy('update', 'ConstructionTask')
  @Mutation(() => PerformanceIndicatorType)
  async updateIndicator(@Args('input') input: UpdateIndicatorInput): Promise<PerformanceIndicatorType> {
    const ind = await this.service.update(input);
    return toIndicatorType(ind, (await this.service.ofTasks([ind.taskId])).targets);
  }

  @Policy('update', 'ConstructionTask')
  @Mutation(() => Boolean)
  deleteIndicator(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.delete(id);
  }

  @Policy('create', 'IndicatorActual')
  @Mutation(() => [IndicatorActualType], { description: 'Saves actuals of one period for many indicators at once; all or nothing.' })
  async recordActuals(@Args('input') input: RecordActualsInput): Promise<IndicatorActualType[]> {
    return (await this.actualService.record(input)).map(toActualType);
  }

  @Policy('read', 'IndicatorActual')
  @Query(() => [PerformanceIndicatorType], { description: '人人肩上有指标: the indicators the signed-in person reports.' })
  async myIndicators(): Promise<PerformanceIndicatorType[]> {
    const mine = await this.actualService.mine();
    const { targets } = await this.service.ofTasks([...new Set(mine.map((i) => i.taskId))]);
    return mine.map((i) => toIndicatorType(i, targets));
  }

  @DirectField('PerformanceIndicator')
  @ResolveField(() => [IndicatorActualType])
  actuals(@Parent() ind: PerformanceIndicatorType): Promise<IndicatorActualType[]> {
    return this.loadActuals(ind.id);
  }

  /**
   * 达成度, computed from targets and actuals: a year ("2025") aggregates that year's periods
   * (latest or sum); another period ("2025-Q2") compares its own value with the year's target;
   * without a period, cumulative to date against the final target.
   */
  @DirectField('PerformanceIndicator')
  @ResolveField(() => Float, { nullable: true })
  async attainment(@Parent() ind: PerformanceIndicatorType, @Args() { period }: AttainmentArgs): Promise<number | null> {
    const actuals = await this.loadActuals(ind.id);
    const series: IndicatorSeries = {
      direction: ind.direction,
      aggregation: ind.aggregation,
      finalTarget: ind.finalTarget,
      yearlyTargets: Object.fromEntries(ind.targets.map((t) => [t.year, t.value])),
      actuals: actuals.filter((a) => a.value !== null).map((a) => ({ period: a.period, value: a.value })),
    };
    if (!period) return cumulativeAttainment(series);
    return /^\d{4}$/.test(period) ? yearAttainment(series, Number(period)) : periodAttainment(series, period);
  }

  private loadActuals(indicatorId: string): Promise<IndicatorActualType[]> {
    const loader = requestLoader<string, IndicatorActualType[]>('indicator.actuals', async (ids) =>
      // The plain rows already carry every field of the GraphQL type: no copy per actual (hot path).
      groupByKeys<string, IndicatorActualType & { indicatorId: string }>(ids, await this.actualService.ofIndicators(ids), (a) => a.indicatorId),
    );
    return loader.load(indicatorId);
  }
}

@Resolver(() => ConstructionTaskType)
export class TaskIndicatorsResolver {
  constructor(private readonly service: IndicatorService) {}

  @DirectField('ConstructionTask')
  @ResolveField(() => [PerformanceIndicatorType])
  indicators(@Parent() task: ConstructionTaskType): Promise<PerformanceIndicatorType[]> {
    const loader = requestLoader<string, PerformanceIndicatorType[]>('task.indicators', async (ids) => {
      const { indicators, targets } = await this.service.ofTasks(ids);
      return groupByKeys(ids, indicators, (i) => i.taskId).map((list) => list.map((i) => toIndicatorType(i, targets)));
    });
    return loader.load(task.id);
  }
}
