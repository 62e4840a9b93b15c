import { EntitySchema } from '@mikro-orm/postgresql';
import { tenantFilter } from '@dsg/server-core';

/** 院校: the tenant. Its id is the tenant id of every row the institution owns. */
export class Institution {
  id!: string;
  code!: string;
  name!: string;
  nameEn: string | null = null;
  province!: string;
  city: string | null = null;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const InstitutionSchema = new EntitySchema<Institution>({
  class: Institution,
  tableName: 'institution',
  properties: {
    id: { type: 'uuid', primary: true },
    code: { type: 'string', length: 40, unique: true },
    name: { type: 'string', length: 200 },
    nameEn: { type: 'string', length: 200, nullable: true },
    province: { type: 'string', length: 60 },
    city: { type: 'string', length: 60, nullable: true },
    createdAt: { type: 'datetime', length: 6 },
    updatedAt: { type: 'datetime', length: 6, onUpdate: () => new Date() },
  },
  filters: tenantFilter('id'),
  rowLevelSecurity: 'force',
  policies: [
    { name: 'institution_own', using: 'id = app_tenant_id()', check: 'id = app_tenant_id()' },
    { name: 'institution_oversight', command: 'select', using: 'id in (select app_readable_tenant_ids())' },
    // A user may see the names of the institutions they hold a membership in (organisation switcher).
    { name: 'institution_member', command: 'select', using: 'id in (select app_member_tenant_ids())' },
    { name: 'institution_platform', using: 'app_bypass()', check: 'app_bypass()' },
  ],
});
