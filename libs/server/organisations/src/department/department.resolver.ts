import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageArgs, Policy, type Connection } from '@dsg/server-core';
import { CreateDepartmentInput, DepartmentConnection, DepartmentType, ImportDepartmentsInput, UpdateDepartmentInput } from './department.type.js';
import { DepartmentService } from './department.service.js';
import { toDepartmentType } from './department.mapper.js';
import { JobRunType, toJobRunType } from '@dsg/server-core';

@Resolver(() => DepartmentType)
export class DepartmentResolver {
  constructor(private readonly service: DepartmentService) {}

  @Policy('read', 'Department')
  @Query(() => DepartmentConnection)
  async departments(@Args() args: PageArgs): Promise<Connection<DepartmentType>> {
    const page = await this.service.list(args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toDepartmentType(e.node) })) };
  }

  @Policy('create', 'Department')
  @Mutation(() => DepartmentType)
  async createDepartment(@Args('input') input: CreateDepartmentInput): Promise<DepartmentType> {
    return toDepartmentType(await this.service.create(input));
  }

  @Policy('update', 'Department')
  @Mutation(() => DepartmentType)
  async updateDepartment(@Args('input') input: UpdateDepartmentInput): Promise<DepartmentType> {
    return toDepartmentType(await this.service.update(input));
  }

  @Policy('delete', 'Department')
  @Mutation(() => Boolean)
  deleteDepartment(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.delete(id);
  }

  @Policy('create', 'Department')
  @Mutation(() => JobRunType, { description: 'Worker job: validates every row first, writes nothing if one is wrong.' })
  async importDepartments(@Args('input') input: ImportDepartmentsInput): Promise<JobRunType> {
    return toJobRunType(await this.service.import(input));
  }
}
