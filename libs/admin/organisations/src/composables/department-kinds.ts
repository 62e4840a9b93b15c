import type { DepartmentKind } from '@dsg/admin-data-access';

// Display order of the schema's DepartmentKind values. A Record, so a kind added to the schema
// (and thus to the generated type) is a compile error here until it gets a place and a label.
const ORDER: Record<DepartmentKind, number> = { ADMINISTRATIVE: 0, ACADEMIC: 1, PARTY: 2 };

export const DEPARTMENT_KINDS = (Object.keys(ORDER) as DepartmentKind[]).sort((a, b) => ORDER[a] - ORDER[b]);

export function isDepartmentKind(value: string): value is DepartmentKind {
  return Object.hasOwn(ORDER, value);
}
