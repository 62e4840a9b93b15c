/**
 * Department kinds the gateway accepts (libs/server/organisations department.entity.ts).
 * Kept here until the list moves to @dsg/contracts.
 */
export const DEPARTMENT_KINDS = ['ADMINISTRATIVE', 'ACADEMIC', 'PARTY'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export function isDepartmentKind(value: string): value is DepartmentKind {
  return (DEPARTMENT_KINDS as readonly string[]).includes(value);
}
