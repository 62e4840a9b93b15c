import type { OrganisationKind } from '@dsg/contracts';

export interface OrganisationRef {
  kind: OrganisationKind;
  id: string | null;
}

export interface OrganisationName {
  name: string;
  nameEn: string | null;
}

/**
 * Names of organisations, for features that only hold ids (memberships). Implemented by the
 * organisations feature; lets identity show "重庆文化艺术职业学院" without importing that feature.
 */
export interface OrganisationDirectory {
  /** Batched look-up, subject to the caller's visibility (RLS). Missing ids are absent from the map. */
  names(refs: OrganisationRef[]): Promise<Map<string, OrganisationName>>;
  /** True when every id is a department of the institution. */
  departmentsExist(tenantId: string, ids: readonly string[]): Promise<boolean>;
  /** Department id → code of one institution (task-book documents name departments by code). */
  departmentCodes(tenantId: string): Promise<Map<string, string>>;
  /** The agency running the programme an enrolment belongs to (who decides on its task book). */
  agencyOfEnrolment(enrolmentId: string): Promise<string | null>;
}

export const ORGANISATION_DIRECTORY = Symbol('ORGANISATION_DIRECTORY');
