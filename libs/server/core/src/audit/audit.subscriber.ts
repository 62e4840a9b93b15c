import { ReferenceKind, type ChangeSet, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { RequestContext } from '../context/request-context.js';
import { newId } from '../database/uuid.js';
import { AuditLogEntry } from './audit-log-entry.entity.js';

/** Fields never copied into the audit log. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash', 'password_hash', 'token_hash']);
/** Entities whose writes are bookkeeping, not user changes (token rotation, job progress). */
const NOT_AUDITED = new Set(['AuditLogEntry', 'RefreshToken', 'JobRun']);

export const AUDIT_ACTION_KEY = 'audit.action';

function redact(data: Record<string, unknown> | undefined | null): Record<string, unknown> | null {
  if (!data) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    out[k] = SECRET_FIELDS.has(k) ? '[redacted]' : v instanceof Date ? v.toISOString() : v;
  }
  return out;
}

/**
 * Writes an audit entry for every entity change in the same flush (and so the same transaction)
 * as the change itself: nobody has to remember to call it.
 */
export class AuditSubscriber implements EventSubscriber {
  onFlush(args: FlushEventArgs): void {
    const uow = args.uow;
    const ctx = RequestContext.currentOrNull();
    const entries: AuditLogEntry[] = [];
    for (const cs of uow.getChangeSets() as ChangeSet<Record<string, unknown>>[]) {
      if (NOT_AUDITED.has(cs.meta.className)) continue;
      entries.push(this.entryFor(cs, ctx));
    }
    for (const entry of entries) {
      uow.computeChangeSet(entry);
    }
  }

  /**
   * The row as it was. A delete change set carries no original snapshot, so the entity's own
   * values are copied: without them the audit trail could not say what was deleted.
   */
  private before(cs: ChangeSet<Record<string, unknown>>): Record<string, unknown> | null {
    if (cs.type === 'create') return null;
    if (cs.originalEntity && Object.keys(cs.originalEntity).length > 0) return redact(cs.originalEntity as Record<string, unknown>);
    const values: Record<string, unknown> = {};
    for (const prop of cs.meta.props) {
      if (prop.kind === ReferenceKind.SCALAR && prop.persist !== false) values[prop.name] = cs.entity[prop.name];
    }
    return redact(values);
  }

  private entryFor(cs: ChangeSet<Record<string, unknown>>, ctx: RequestContext | null): AuditLogEntry {
    const entity = cs.entity;
    const before = this.before(cs);
    const after = cs.type === 'delete' ? null : redact({ ...(cs.originalEntity ?? {}), ...cs.payload });
    const entry = new AuditLogEntry();
    entry.id = newId();
    entry.actorId = ctx?.actor?.userId ?? null;
    entry.tenantId = (entity.tenantId as string | undefined) ?? ctx?.actor?.tenantId ?? null;
    entry.agencyId = ctx?.actor?.agencyId ?? null;
    entry.requestId = ctx?.requestId ?? null;
    const op = ctx?.cache.get(AUDIT_ACTION_KEY) as string | undefined;
    entry.action = `${op ?? 'system'}:${cs.type}`;
    entry.objectType = cs.meta.className;
    entry.objectId = entity.id !== undefined ? String(entity.id) : JSON.stringify(cs.getPrimaryKey(true));
    entry.before = before;
    entry.after = after;
    return entry;
  }
}
