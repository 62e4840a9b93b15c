import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Policy } from '@dsg/server-core';
import { EvidenceFileType, ReviewEvidenceInput, toEvidenceType } from './evidence.type.js';
import { EvidenceService } from './evidence.service.js';

@Resolver(() => EvidenceFileType)
export class EvidenceResolver {
  constructor(private readonly service: EvidenceService) {}

  @Policy('read', 'Evidence')
  @Query(() => [EvidenceFileType], { description: 'Evidence of one object, every version (newest first within a series).' })
  async evidence(
    @Args('objectType', { type: () => String }) objectType: string,
    @Args('objectId', { type: () => ID }) objectId: string,
  ): Promise<EvidenceFileType[]> {
    return (await this.service.list(objectType, objectId)).map(toEvidenceType);
  }

  @Policy('update', 'Evidence')
  @Mutation(() => EvidenceFileType, { description: '双高办 review: approve, or return with a reason.' })
  async reviewEvidence(@Args('input') input: ReviewEvidenceInput): Promise<EvidenceFileType> {
    return toEvidenceType(await this.service.review(input));
  }
}
