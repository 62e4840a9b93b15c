import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Policy, byKeys, requestLoader } from '@dsg/server-core';
import { EnrolInstitutionInput, EnrolmentType } from './enrolment.type.js';
import { EnrolmentService } from './enrolment.service.js';
import { ProgrammeType } from '../programme/programme.type.js';
import { ProgrammeService, toProgrammeType } from '../programme/programme.service.js';
import { InstitutionType } from '../institution/institution.type.js';
import { InstitutionService } from '../institution/institution.service.js';

@Resolver(() => EnrolmentType)
export class EnrolmentResolver {
  constructor(
    private readonly service: EnrolmentService,
    private readonly programmeService: ProgrammeService,
    private readonly institutionService: InstitutionService,
  ) {}

  @Policy('create', 'Enrolment')
  @Mutation(() => EnrolmentType)
  enrolInstitution(@Args('input') input: EnrolInstitutionInput): Promise<EnrolmentType> {
    return this.service.enrol(input);
  }

  @Policy('update', 'Enrolment')
  @Mutation(() => EnrolmentType)
  withdrawEnrolment(@Args('id', { type: () => ID }) id: string): Promise<EnrolmentType> {
    return this.service.withdraw(id);
  }

  @ResolveField(() => ProgrammeType)
  programme(@Parent() e: EnrolmentType): Promise<ProgrammeType> {
    const loader = requestLoader<string, ProgrammeType>('enrolment.programme', async (ids) =>
      byKeys(ids, await this.programmeService.byIds(ids), (p) => p.id).map((p) => (p ? toProgrammeType(p) : new Error('programme not visible'))),
    );
    return loader.load(e.programmeId);
  }

  @ResolveField(() => InstitutionType)
  institution(@Parent() e: EnrolmentType): Promise<InstitutionType> {
    const loader = requestLoader<string, InstitutionType>('enrolment.institution', async (ids) =>
      byKeys(ids, await this.institutionService.byIds(ids), (i) => i.id).map((i) => i ?? new Error('institution not visible')),
    );
    return loader.load(e.tenantId);
  }
}
