import { EntitySchema } from '@mikro-orm/postgresql';
import type { LocalizedText } from '@dsg/contracts';

/** 站内通知: one message in one user's notification centre. */
export class Notification {
  id!: string;
  userId!: string;
  tenantId: string | null = null;
  agencyId: string | null = null;
  kind!: string;
  title!: LocalizedText;
  body!: LocalizedText;
  link: string | null = null;
  /** Unique: a retried job or a doubled decision inserts nothing new. */
  dedupeKey!: string;
  readAt: Date | null = null;
  createdAt: Date = new Date();
}

export const NotificationSchema = new EntitySchema<Notification>({
  class: Notification,
  tableName: 'notification',
  properties: {
    id: { type: 'uuid', primary: true },
    userId: { type: 'uuid' },
    tenantId: { type: 'uuid', nullable: true },
    agencyId: { type: 'uuid', nullable: true },
    kind: { type: 'string', length: 40 },
    title: { type: 'json' },
    body: { type: 'json' },
    link: { type: 'string', length: 300, nullable: true },
    dedupeKey: { type: 'string', length: 200, unique: true },
    readAt: { type: 'datetime', length: 6, nullable: true },
    createdAt: { type: 'datetime', length: 6 },
  },
  indexes: [{ properties: ['userId', 'createdAt'] }],
});

export type MailStatus = 'PENDING' | 'SENT' | 'FAILED';

/** E-mail outbox: rows are written with the notification, sent by the worker, never twice. */
export class MailOutbox {
  id!: string;
  userId!: string;
  toAddress!: string;
  subject!: string;
  body!: string;
  dedupeKey!: string;
  status: MailStatus = 'PENDING';
  attempts = 0;
  lastError: string | null = null;
  createdAt: Date = new Date();
  sentAt: Date | null = null;
}

export const MailOutboxSchema = new EntitySchema<MailOutbox>({
  class: MailOutbox,
  tableName: 'mail_outbox',
  properties: {
    id: { type: 'uuid', primary: true },
    userId: { type: 'uuid' },
    toAddress: { type: 'string', length: 200 },
    subject: { type: 'string', length: 300 },
    body: { type: 'text' },
    dedupeKey: { type: 'string', length: 200, unique: true },
    status: { type: 'string', length: 20 },
    attempts: { type: 'int' },
    lastError: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', length: 6 },
    sentAt: { type: 'datetime', length: 6, nullable: true },
  },
});
