import { EntitySchema } from '@mikro-orm/postgresql';
import { tenantFilter, tenantPolicies } from '@dsg/server-core';

export type DepartmentKind = 'ADMINISTRATIVE' | 'ACADEMIC' | 'PARTY';
export const DEPARTMENT_KINDS: readonly DepartmentKind[] = ['ADMINISTRATIVE', 'ACADEMIC', 'PARTY'];

/** 二级部门 / 院系: a department of an institution (教务处, 人事处, 各二级学院 …). */
export class Department {
  id!: string;
  tenantId!: string;
  code!: string;
  name!: string;
  nameEn: string | null = null;
  kind!: DepartmentKind;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const DepartmentSchema = new EntitySchema<Department>({
  class: Department,
  tableName: 'department',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', index: true },
    code: { type: 'string', length: 40 },
    name: { type: 'string', length: 200 },
    nameEn: { type: 'string', length: 200, nullable: true },
    kind: { type: 'string', length: 20 },
    createdAt: { type: 'datetime', length: 6 },
    updatedAt: { type: 'datetime', length: 6, onUpdate: () => new Date() },
  },
  uniques: [{ properties: ['tenantId', 'id'] }, { properties: ['tenantId', 'code'] }],
  filters: tenantFilter(),
  rowLevelSecurity: 'force',
  policies: tenantPolicies('department'),
});
