import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Policy, decodeCursor, encodeCursor, groupByKeys, pageSize, requestLoader, type Connection } from '@dsg/server-core';
import {
  CreateInstitutionInput, InstitutionConnection, InstitutionType, InstitutionsArgs, UpdateInstitutionInput,
} from './institution.type.js';
import { InstitutionService } from './institution.service.js';
import { DepartmentConnection, DepartmentType } from '../department/department.type.js';
import { DepartmentService } from '../department/department.service.js';
import { toDepartmentType } from '../department/department.mapper.js';
import { EnrolmentType } from '../enrolment/enrolment.type.js';
import { EnrolmentService } from '../enrolment/enrolment.service.js';

@Resolver(() => InstitutionType)
export class InstitutionResolver {
  constructor(
    private readonly service: InstitutionService,
    private readonly departmentService: DepartmentService,
    private readonly enrolmentService: EnrolmentService,
  ) {}

  @Policy('read', 'Institution')
  @Query(() => InstitutionConnection)
  institutions(@Args() args: InstitutionsArgs): Promise<Connection<InstitutionType>> {
    return this.service.list(args);
  }

  @Policy('read', 'Institution')
  @Query(() => InstitutionType)
  institution(@Args('id', { type: () => ID }) id: string): Promise<InstitutionType> {
    return this.service.get(id);
  }

  @Policy('create', 'Institution')
  @Mutation(() => InstitutionType)
  createInstitution(@Args('input') input: CreateInstitutionInput): Promise<InstitutionType> {
    return this.service.create(input);
  }

  @Policy('update', 'Institution')
  @Mutation(() => InstitutionType)
  updateInstitution(@Args('input') input: UpdateInstitutionInput): Promise<InstitutionType> {
    return this.service.update(input);
  }

  /** Batched per request: one query for the departments of every institution on the page. */
  @ResolveField(() => DepartmentConnection)
  async departments(
    @Parent() inst: InstitutionType,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<DepartmentType>> {
    const size = pageSize(first);
    const loader = requestLoader<string, DepartmentType[]>('institution.departments', async (ids) => {
      const rows = await this.departmentService.ofInstitutions(ids);
      return groupByKeys(ids, rows.map(toDepartmentType), (d) => d.institutionId);
    });
    const all = await loader.load(inst.id);
    const [code, id] = after ? (decodeCursor(after, 2) as [string, string]) : [null, null];
    const rest = code === null ? all : all.filter((d) => d.code > code || (d.code === code && d.id > id!));
    const page = rest.slice(0, size);
    const edges = page.map((node) => ({ node, cursor: encodeCursor([node.code, node.id]) }));
    return { edges, totalCount: all.length, pageInfo: { hasNextPage: rest.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @ResolveField(() => [EnrolmentType])
  enrolments(@Parent() inst: InstitutionType): Promise<EnrolmentType[]> {
    const loader = requestLoader<string, EnrolmentType[]>('institution.enrolments', async (ids) =>
      groupByKeys(ids, await this.enrolmentService.ofInstitutions(ids), (e) => e.tenantId),
    );
    return loader.load(inst.id);
  }
}
