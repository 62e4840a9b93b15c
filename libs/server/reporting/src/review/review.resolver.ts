import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Policy } from '@dsg/server-core';
import { ReviewService } from './review.service.js';
import { DecideReviewItemInput, ReviewChainType, ReviewItemType, SetReviewChainInput } from './review.type.js';
import { toReviewItemType } from './review.mapper.js';

@Resolver(() => ReviewItemType)
export class ReviewResolver {
  constructor(private readonly reviews: ReviewService) {}

  @Policy('read', 'ReviewChain')
  @Query(() => ReviewChainType, { description: 'The institution\'s review chain (default: lead department, then the 双高办).' })
  async reviewChain(): Promise<ReviewChainType> {
    const c = await this.reviews.chain();
    return { steps: [...c.steps], groupReviewerIds: [...c.groupReviewerIds] };
  }

  @Policy('update', 'ReviewChain')
  @Mutation(() => ReviewChainType)
  async setReviewChain(@Args('input') input: SetReviewChainInput): Promise<ReviewChainType> {
    const c = await this.reviews.setChain(input);
    return { steps: [...c.steps], groupReviewerIds: [...c.groupReviewerIds] };
  }

  @Policy('read', 'ReviewItem')
  @Query(() => [ReviewItemType], { description: '待办: items the signed-in user can submit, approve or return now.' })
  async reviewQueue(): Promise<ReviewItemType[]> {
    const items = await this.reviews.queue();
    const periods = await this.reviews.periodsOf(items.map((i) => i.reportId));
    return items.map((i) => toReviewItemType(i, true, periods.get(i.reportId) ?? null));
  }

  @Policy('update', 'ReviewItem')
  @Mutation(() => ReviewItemType, { description: 'Submit, approve or return (reason required) one review item; CONFLICT when someone acted first.' })
  async decideReviewItem(@Args('input') input: DecideReviewItemInput): Promise<ReviewItemType> {
    const item = await this.reviews.decide(input);
    return toReviewItemType(item, this.reviews.canAct(item), null);
  }
}
