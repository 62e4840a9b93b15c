import { EntitySchema } from '@mikro-orm/postgresql';
import { tenantFilter, tenantPolicies } from '@dsg/server-core';

export type AgreementStatus = 'DRAFT' | 'SIGNED' | 'ENDED';
export const AGREEMENT_STATUSES: readonly AgreementStatus[] = ['DRAFT', 'SIGNED', 'ENDED'];

/**
 * 目标责任书: between the institution's head and a responsible person, listing the tasks and
 * indicators they commit to (人人肩上有指标).
 */
export class ResponsibilityAgreement {
  id!: string;
  tenantId!: string;
  title!: string;
  headUserId!: string;
  responsibleUserId!: string;
  taskIds: string[] = [];
  indicatorIds: string[] = [];
  signedOn: string | null = null;
  status: AgreementStatus = 'DRAFT';
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const ResponsibilityAgreementSchema = new EntitySchema<ResponsibilityAgreement>({
  class: ResponsibilityAgreement,
  tableName: 'responsibility_agreement',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', index: true },
    title: { type: 'string', length: 300 },
    headUserId: { type: 'uuid' },
    responsibleUserId: { type: 'uuid', index: true },
    taskIds: { type: 'uuid[]' },
    indicatorIds: { type: 'uuid[]' },
    signedOn: { type: 'date', nullable: true },
    status: { type: 'string', length: 20 },
    createdAt: { type: 'datetime', length: 6 },
    updatedAt: { type: 'datetime', length: 6, onUpdate: () => new Date() },
  },
  uniques: [{ properties: ['tenantId', 'id'] }],
  filters: tenantFilter(),
  rowLevelSecurity: 'force',
  policies: tenantPolicies('responsibility_agreement'),
});
