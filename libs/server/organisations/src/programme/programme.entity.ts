import { EntitySchema } from '@mikro-orm/postgresql';

export type Track = 'SCHOOL' | 'SPECIALTY_GROUP';
export type ReportingFrequency = 'MONTHLY' | 'QUARTERLY' | 'SEMI_ANNUAL' | 'ANNUAL';

/** 建设计划: a programme run by an agency (national 双高, 新双高, a provincial 省域双高 …). */
export class Programme {
  id!: string;
  agencyId!: string;
  code!: string;
  name!: string;
  nameEn: string | null = null;
  startYear!: number;
  endYear!: number;
  tracks: Track[] = [];
  tiers: string[] = [];
  frequency!: ReportingFrequency;
  dueDaysAfterPeriodEnd = 15;
  createdAt: Date = new Date();
}

export const ProgrammeSchema = new EntitySchema<Programme>({
  class: Programme,
  tableName: 'programme',
  properties: {
    id: { type: 'uuid', primary: true },
    agencyId: { type: 'uuid', index: true },
    code: { type: 'string', length: 40, unique: true },
    name: { type: 'string', length: 200 },
    nameEn: { type: 'string', length: 200, nullable: true },
    startYear: { type: 'int' },
    endYear: { type: 'int' },
    tracks: { type: 'text[]' },
    tiers: { type: 'text[]' },
    frequency: { type: 'string', length: 20 },
    dueDaysAfterPeriodEnd: { type: 'int' },
    createdAt: { type: 'datetime', length: 6 },
  },
  rowLevelSecurity: 'force',
  policies: [
    { name: 'programme_read', command: 'select', using: 'app_user_id() is not null or app_bypass()' },
    { name: 'programme_agency', using: 'agency_id = app_agency_id() or app_bypass()', check: 'agency_id = app_agency_id() or app_bypass()' },
  ],
});
