import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { LocalizedText } from '@dsg/contracts';
import { Db, RequestContext, newId, paginate, requireUuid, type Connection } from '@dsg/server-core';
import { Notification } from './notification.entity.js';

export interface NoticeMessage {
  kind: string;
  title: LocalizedText;
  body: LocalizedText;
  link?: string | null;
}

export interface Recipient {
  userId: string;
  email: string | null;
  tenantId?: string | null;
  agencyId?: string | null;
}

/** Whom to address in one organisation: by role, lead department or explicit ids (all optional filters). */
export interface RecipientQuery {
  tenantId?: string | null;
  agencyId?: string | null;
  roles?: readonly string[] | null;
  departmentId?: string | null;
  userIds?: readonly string[] | null;
}

/**
 * 通知: writes in-app notifications and their e-mails (outbox) in the caller's transaction. Every
 * row carries `<dedupeKey>:<userId>`, unique in both tables, so a retried job or a replayed
 * decision inserts nothing twice, and the sender can never send a message twice.
 */
@Injectable()
export class NotificationService {
  constructor(private readonly db: Db) {}

  async notify(em: EntityManager, recipients: readonly Recipient[], message: NoticeMessage, dedupeKey: string): Promise<number> {
    const unique = [...new Map(recipients.map((r) => [r.userId, r])).values()];
    if (unique.length === 0) return 0;
    const rows = unique.map((r) => ({
      id: newId(), user_id: r.userId, tenant_id: r.tenantId ?? null, agency_id: r.agencyId ?? null, kind: message.kind,
      title: message.title, body: message.body, link: message.link ?? null, dedupe_key: `${dedupeKey}:${r.userId}`,
    }));
    const mails = unique.filter((r) => r.email).map((r) => ({
      id: newId(), user_id: r.userId, to_address: r.email!, subject: `【双高平台】${message.title['zh-CN']}`,
      body: `${message.body['zh-CN']}\n\n${message.body.en}`, dedupe_key: `${dedupeKey}:${r.userId}`,
    }));
    const [row] = await em.execute<{ inserted: number }[]>('select enqueue_notices(?::jsonb, ?::jsonb) as inserted', [JSON.stringify(rows), JSON.stringify(mails)]);
    return Number(row?.inserted ?? 0);
  }

  /** The signed-in user's notifications, newest first. */
  list(args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null }): Promise<Connection<Notification>> {
    const userId = RequestContext.current().requireActor().userId;
    const where = args.unreadOnly ? { userId, readAt: null } : { userId };
    return paginate(this.db.em(), Notification, where, args, 'createdAt', 'desc');
  }

  unreadCount(): Promise<number> {
    const userId = RequestContext.current().requireActor().userId;
    return this.db.em().count(Notification, { userId, readAt: null });
  }

  /** Marks the given notifications (or all, when ids is empty) read; other users' ids are ignored. */
  async markRead(ids: readonly string[]): Promise<number> {
    const userId = RequestContext.current().requireActor().userId;
    const where = ids.length ? { userId, readAt: null, id: { $in: ids.map(requireUuid) } } : { userId, readAt: null };
    return this.db.em().nativeUpdate(Notification, where, { readAt: new Date() });
  }

  /** Active members of one organisation the session may address (database function org_recipients). */
  async recipients(em: EntityManager, q: RecipientQuery): Promise<Recipient[]> {
    if (q.userIds && q.userIds.length === 0) return [];
    const rows = await em.execute<{ user_id: string; email: string | null }[]>(
      'select user_id, email from org_recipients(?::uuid, ?::uuid, ?::text[], ?::uuid, ?::uuid[])',
      [q.tenantId ?? null, q.agencyId ?? null, pgArray(q.roles), q.departmentId ?? null, pgArray(q.userIds)],
    );
    return rows.map((r) => ({ userId: r.user_id, email: r.email, tenantId: q.tenantId ?? null, agencyId: q.agencyId ?? null }));
  }
}

/** A PostgreSQL array literal (the query layer would expand a JS array into a list of parameters). */
function pgArray(values: readonly string[] | null | undefined): string | null {
  if (!values) return null;
  return `{${values.map((v) => `"${v.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
}
