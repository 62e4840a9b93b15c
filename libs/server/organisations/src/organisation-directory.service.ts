import { Injectable } from '@nestjs/common';
import { Db, type OrganisationDirectory, type OrganisationName, type OrganisationRef } from '@dsg/server-core';
import { Agency } from './agency/agency.entity.js';
import { Institution } from './institution/institution.entity.js';
import { Department } from './department/department.entity.js';
import { Enrolment } from './enrolment/enrolment.entity.js';

/**
 * Organisation names for other features. Institution names are read with the tenant filter off,
 * so that a user sees the names of every institution they belong to; RLS
 * (`institution_member`, `institution_oversight`) still decides which rows exist for them.
 */
@Injectable()
export class OrganisationDirectoryService implements OrganisationDirectory {
  constructor(private readonly db: Db) {}

  async names(refs: OrganisationRef[]): Promise<Map<string, OrganisationName>> {
    const em = this.db.em();
    const ids = (kind: string) => [...new Set(refs.filter((r) => r.kind === kind && r.id).map((r) => r.id!))];
    const [institutions, agencies] = await Promise.all([
      ids('INSTITUTION').length ? em.find(Institution, { id: { $in: ids('INSTITUTION') } }, { filters: false }) : [],
      ids('AGENCY').length ? em.find(Agency, { id: { $in: ids('AGENCY') } }) : [],
    ]);
    const out = new Map<string, OrganisationName>();
    for (const o of [...institutions, ...agencies]) out.set(o.id, { name: o.name, nameEn: o.nameEn });
    return out;
  }

  async departmentsExist(tenantId: string, ids: readonly string[]): Promise<boolean> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return true;
    return (await this.db.em().count(Department, { tenantId, id: { $in: wanted } })) === wanted.length;
  }

  async departmentCodes(tenantId: string): Promise<Map<string, string>> {
    const rows = await this.db.em().find(Department, { tenantId }, { fields: ['id', 'code'] });
    return new Map(rows.map((d) => [d.id, d.code]));
  }

  async agencyOfEnrolment(enrolmentId: string): Promise<string | null> {
    return (await this.db.em().findOne(Enrolment, { id: enrolmentId }))?.agencyId ?? null;
  }
}
