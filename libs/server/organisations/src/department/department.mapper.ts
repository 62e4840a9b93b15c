import type { Department } from './department.entity.js';
import type { DepartmentType } from './department.type.js';

export function toDepartmentType(d: Department): DepartmentType {
  return { id: d.id, institutionId: d.tenantId, code: d.code, name: d.name, nameEn: d.nameEn, kind: d.kind };
}
