import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageArgs, Policy, type Connection } from '@dsg/server-core';
import { AgencyConnection, AgencyType, CreateAgencyInput } from './agency.type.js';
import { AgencyService } from './agency.service.js';

@Resolver(() => AgencyType)
export class AgencyResolver {
  constructor(private readonly service: AgencyService) {}

  @Policy('read', 'Agency')
  @Query(() => AgencyConnection)
  agencies(@Args() args: PageArgs): Promise<Connection<AgencyType>> {
    return this.service.list(args);
  }

  @Policy('read', 'Agency')
  @Query(() => AgencyType)
  agency(@Args('id', { type: () => ID }) id: string): Promise<AgencyType> {
    return this.service.get(id);
  }

  @Policy('create', 'Agency')
  @Mutation(() => AgencyType)
  createAgency(@Args('input') input: CreateAgencyInput): Promise<AgencyType> {
    return this.service.create(input);
  }
}
