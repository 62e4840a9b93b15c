import type { ChangeSet, EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
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

  private entryFor(cs: ChangeSet<Record<string, unknown>>, ctx: RequestContext | null): AuditLogEntry {
    const entity = cs.entity;
    const before = cs.type === 'create' ? null : redact(cs.originalEntity as Record<string, unknown>);
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
