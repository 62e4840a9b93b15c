import { EntitySchema } from '@mikro-orm/postgresql';

/**
 * One line of the append-only, hash-chained audit log (操作留痕). Chain position, previous hash and
 * hash are filled in by the `audit_log_chain` trigger inside the same transaction as the change;
 * the app role may only INSERT and SELECT (migration 0002).
 */
export class AuditLogEntry {
  id!: string;
  occurredAt: Date = new Date();
  actorId: string | null = null;
  tenantId: string | null = null;
  agencyId: string | null = null;
  requestId: string | null = null;
  action!: string;
  objectType!: string;
  objectId: string | null = null;
  before: Record<string, unknown> | null = null;
  after: Record<string, unknown> | null = null;
  chainKey?: string;
  chainPos?: string;
  prevHash?: string;
  hash?: string;
}

export const AuditLogEntrySchema = new EntitySchema<AuditLogEntry>({
  class: AuditLogEntry,
  tableName: 'audit_log',
  properties: {
    id: { type: 'uuid', primary: true },
    occurredAt: { type: 'datetime', length: 6 },
    actorId: { type: 'uuid', nullable: true },
    tenantId: { type: 'uuid', nullable: true, index: true },
    agencyId: { type: 'uuid', nullable: true },
    requestId: { type: 'string', length: 64, nullable: true },
    action: { type: 'string', length: 120 },
    objectType: { type: 'string', length: 60 },
    objectId: { type: 'string', length: 120, nullable: true },
    before: { type: 'json', nullable: true },
    after: { type: 'json', nullable: true },
    chainKey: { type: 'string', length: 64, nullable: true },
    chainPos: { type: 'bigint', nullable: true },
    prevHash: { type: 'string', length: 64, nullable: true },
    hash: { type: 'string', length: 64, nullable: true },
  },
  uniques: [{ properties: ['chainKey', 'chainPos'] }],
  rowLevelSecurity: true,
  policies: [
    { name: 'audit_log_read', command: 'select', using: '(tenant_id = app_tenant_id()) or app_bypass()' },
    { name: 'audit_log_append', command: 'insert', check: 'true' },
  ],
});
