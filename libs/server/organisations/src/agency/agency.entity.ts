import { EntitySchema } from '@mikro-orm/postgresql';

export type AgencyLevel = 'NATIONAL' | 'PROVINCIAL' | 'MUNICIPAL';

/** 主管部门: an oversight body (教育部, a provincial 教育厅 / 教委). Readable by every signed-in user. */
export class Agency {
  id!: string;
  code!: string;
  name!: string;
  nameEn: string | null = null;
  level!: AgencyLevel;
  region!: string;
  createdAt: Date = new Date();
}

export const AgencySchema = new EntitySchema<Agency>({
  class: Agency,
  tableName: 'agency',
  properties: {
    id: { type: 'uuid', primary: true },
    code: { type: 'string', length: 40, unique: true },
    name: { type: 'string', length: 200 },
    nameEn: { type: 'string', length: 200, nullable: true },
    level: { type: 'string', length: 20 },
    region: { type: 'string', length: 60 },
    createdAt: { type: 'datetime', length: 6 },
  },
  rowLevelSecurity: 'force',
  policies: [
    { name: 'agency_read', command: 'select', using: 'app_user_id() is not null or app_bypass()' },
    { name: 'agency_platform', using: 'app_bypass()', check: 'app_bypass()' },
  ],
});
