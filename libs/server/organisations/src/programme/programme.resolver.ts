import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, Policy, byKeys, requestLoader, type Connection } from '@dsg/server-core';
import { ProgrammeConnection, ProgrammeInput, ProgrammeType, UpdateProgrammeInput } from './programme.type.js';
import { ProgrammeService, toProgrammeType } from './programme.service.js';
import { AgencyType } from '../agency/agency.type.js';
import { AgencyService } from '../agency/agency.service.js';

@Resolver(() => ProgrammeType)
export class ProgrammeResolver {
  constructor(
    private readonly service: ProgrammeService,
    private readonly agencyService: AgencyService,
  ) {}

  @Policy('read', 'Programme')
  @Query(() => ProgrammeConnection)
  async programmes(@Args() args: PageArgs): Promise<Connection<ProgrammeType>> {
    const page = await this.service.list(args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toProgrammeType(e.node) })) };
  }

  @Policy('read', 'Programme')
  @Query(() => ProgrammeType)
  async programme(@Args('id', { type: () => ID }) id: string): Promise<ProgrammeType> {
    return toProgrammeType(await this.service.get(id));
  }

  @Policy('create', 'Programme')
  @Mutation(() => ProgrammeType)
  async createProgramme(@Args('input') input: ProgrammeInput): Promise<ProgrammeType> {
    return toProgrammeType(await this.service.create(input));
  }

  @Policy('update', 'Programme')
  @Mutation(() => ProgrammeType)
  async updateProgramme(@Args('input') input: UpdateProgrammeInput): Promise<ProgrammeType> {
    return toProgrammeType(await this.service.update(input));
  }

  @ResolveField(() => AgencyType)
  agency(@Parent() p: ProgrammeType): Promise<AgencyType> {
    const loader = requestLoader<string, AgencyType>('programme.agency', async (ids) =>
      byKeys(ids, await this.agencyService.byIds(ids), (a) => a.id).map((a) => a ?? new Error('agency not visible')),
    );
    return loader.load(p.agencyId);
  }
}
