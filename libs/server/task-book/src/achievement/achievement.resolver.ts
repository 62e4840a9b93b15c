import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Policy, RequestContext, type Connection } from '@dsg/server-core';
import {
  AchievementConnection, AchievementInput, AchievementType, AchievementYearCountType, AchievementsArgs, UpdateAchievementInput,
} from './achievement.type.js';
import { AchievementService } from './achievement.service.js';
import { countAchievements, formatCount } from '../domain/achievement-counts.js';
import type { Achievement } from './achievement.entity.js';

const toType = (a: Achievement): AchievementType => ({
  id: a.id, title: a.title, level: a.level, category: a.category, awardedOn: a.awardedOn, awardingBody: a.awardingBody,
  quantity: a.quantity, linkedTaskIds: a.linkedTaskIds, caseWriteUp: a.caseWriteUp,
});

@Resolver(() => AchievementType)
export class AchievementResolver {
  constructor(private readonly service: AchievementService) {}

  @Policy('read', 'Achievement')
  @Query(() => AchievementConnection)
  async achievements(@Args() args: AchievementsArgs): Promise<Connection<AchievementType>> {
    const page = await this.service.list(args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toType(e.node) })) };
  }

  @Policy('read', 'Achievement')
  @Query(() => [AchievementYearCountType], { description: 'Counts per year and level in the colleges’ form: 国家级 7 项 51 个.' })
  async achievementCounts(): Promise<AchievementYearCountType[]> {
    const locale = RequestContext.current().locale;
    const counts = countAchievements((await this.service.all()).map((a) => ({ level: a.level, category: a.category, date: a.awardedOn, quantity: a.quantity })));
    return counts.map((y) => ({ year: y.year, levels: y.levels.map((l) => ({ ...l, label: formatCount(l, locale) })) }));
  }

  @Policy('create', 'Achievement')
  @Mutation(() => AchievementType)
  async addAchievement(@Args('input') input: AchievementInput): Promise<AchievementType> {
    return toType(await this.service.create(input));
  }

  @Policy('update', 'Achievement')
  @Mutation(() => AchievementType)
  async updateAchievement(@Args('input') input: UpdateAchievementInput): Promise<AchievementType> {
    return toType(await this.service.update(input));
  }

  @Policy('delete', 'Achievement')
  @Mutation(() => Boolean)
  deleteAchievement(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.delete(id);
  }
}
