import { AgencySchema } from './agency/agency.entity.js';
import { InstitutionSchema } from './institution/institution.entity.js';
import { DepartmentSchema } from './department/department.entity.js';
import { ProgrammeSchema } from './programme/programme.entity.js';
import { EnrolmentSchema } from './enrolment/enrolment.entity.js';

export * from './agency/agency.entity.js';
export * from './institution/institution.entity.js';
export * from './department/department.entity.js';
export * from './programme/programme.entity.js';
export * from './enrolment/enrolment.entity.js';

export const organisationEntities = [AgencySchema, InstitutionSchema, DepartmentSchema, ProgrammeSchema, EnrolmentSchema];
export * from './organisations.module.js';
export * from './department/department-csv.js';
