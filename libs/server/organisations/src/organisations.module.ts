import { Module } from '@nestjs/common';
import { ORGANISATION_DIRECTORY } from '@dsg/server-core';
import { AgencyService } from './agency/agency.service.js';
import { AgencyResolver } from './agency/agency.resolver.js';
import { InstitutionService } from './institution/institution.service.js';
import { InstitutionResolver } from './institution/institution.resolver.js';
import { DepartmentService } from './department/department.service.js';
import { DepartmentResolver } from './department/department.resolver.js';
import { ImportDepartmentsJob } from './department/import-departments.job.js';
import { ProgrammeService } from './programme/programme.service.js';
import { ProgrammeResolver } from './programme/programme.resolver.js';
import { EnrolmentService } from './enrolment/enrolment.service.js';
import { EnrolmentResolver } from './enrolment/enrolment.resolver.js';
import { OrganisationDirectoryService } from './organisation-directory.service.js';

const services = [AgencyService, InstitutionService, DepartmentService, ProgrammeService, EnrolmentService];
/** Resolver classes, also used to print the committed schema without a running app. */
export const organisationResolvers = [AgencyResolver, InstitutionResolver, DepartmentResolver, ProgrammeResolver, EnrolmentResolver];

/** Agencies, institutions (tenants), departments, programmes and enrolments. */
@Module({})
export class OrganisationsModule {
  static forRoot(opts: { graphql: boolean }) {
    return {
      module: OrganisationsModule,
      global: true,
      providers: [
        ...services,
        ...(opts.graphql ? organisationResolvers : []),
        ImportDepartmentsJob,
        OrganisationDirectoryService,
        { provide: ORGANISATION_DIRECTORY, useExisting: OrganisationDirectoryService },
      ],
      exports: [...services, ORGANISATION_DIRECTORY],
    };
  }
}
