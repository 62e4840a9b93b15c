import { EntitySchema } from '@mikro-orm/postgresql';

export type ReportingPeriodStatus = 'SCHEDULED' | 'OPEN' | 'CLOSED';

/** 填报期: one period of a programme's reporting calendar (e.g. 2025-Q3), owned by the agency. */
export class ReportingPeriod {
  id!: string;
  programmeId!: string;
  agencyId!: string;
  code!: string;
  startsOn!: string;
  endsOn!: string;
  opensOn!: string;
  dueOn!: string;
  status: ReportingPeriodStatus = 'SCHEDULED';
  openedAt: Date | null = null;
  closedAt: Date | null = null;
  createdAt: Date = new Date();
}

export const ReportingPeriodSchema = new EntitySchema<ReportingPeriod>({
  class: ReportingPeriod,
  tableName: 'reporting_period',
  properties: {
    id: { type: 'uuid', primary: true },
    programmeId: { type: 'uuid' },
    agencyId: { type: 'uuid', index: true },
    code: { type: 'string', length: 10 },
    startsOn: { type: 'date' },
    endsOn: { type: 'date' },
    opensOn: { type: 'date' },
    dueOn: { type: 'date' },
    status: { type: 'string', length: 20 },
    openedAt: { type: 'datetime', length: 6, nullable: true },
    closedAt: { type: 'datetime', length: 6, nullable: true },
    createdAt: { type: 'datetime', length: 6 },
  },
  uniques: [{ properties: ['programmeId', 'code'] }],
});
