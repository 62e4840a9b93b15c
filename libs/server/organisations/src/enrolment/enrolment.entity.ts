import { EntitySchema } from '@mikro-orm/postgresql';
import { tenantFilter } from '@dsg/server-core';
import type { Track } from '../programme/programme.entity.js';

export type EnrolmentStatus = 'ACTIVE' | 'WITHDRAWN';

/**
 * 入选/立项: institution × programme × track × tier. Agencies see institutions only through these.
 * `agencyId` repeats the programme's agency so the entitlement check stays a single indexed look-up.
 */
export class Enrolment {
  id!: string;
  tenantId!: string;
  programmeId!: string;
  agencyId!: string;
  track!: Track;
  tier: string | null = null;
  specialtyGroup: string | null = null;
  enrolledOn: string | null = null;
  status: EnrolmentStatus = 'ACTIVE';
  createdAt: Date = new Date();
}

export const EnrolmentSchema = new EntitySchema<Enrolment>({
  class: Enrolment,
  tableName: 'enrolment',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', index: true },
    programmeId: { type: 'uuid', index: true },
    agencyId: { type: 'uuid', index: true },
    track: { type: 'string', length: 20 },
    tier: { type: 'string', length: 10, nullable: true },
    specialtyGroup: { type: 'string', length: 200, nullable: true },
    enrolledOn: { type: 'date', nullable: true },
    status: { type: 'string', length: 20 },
    createdAt: { type: 'datetime', length: 6 },
  },
  uniques: [{ properties: ['tenantId', 'id'] }],
  filters: tenantFilter(),
  rowLevelSecurity: 'force',
  policies: [
    // The institution reads its own enrolments; only the agency (or the platform) writes them.
    { name: 'enrolment_tenant_read', command: 'select', using: 'tenant_id = app_tenant_id()' },
    { name: 'enrolment_agency', using: 'agency_id = app_agency_id()', check: 'agency_id = app_agency_id()' },
    { name: 'enrolment_platform', using: 'app_bypass()', check: 'app_bypass()' },
  ],
});
