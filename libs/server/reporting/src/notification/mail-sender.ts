import { Injectable } from '@nestjs/common';
import { Db, MailError, logger, mailerFromEnv, type Mailer } from '@dsg/server-core';
import { MailOutbox } from './notification.entity.js';

const BATCH = 50;
const MAX_ATTEMPTS = 5;

/**
 * Sends the e-mail outbox. Rows are claimed (PENDING → SENDING) by one conditional update with
 * SKIP LOCKED before anything is sent, so two senders never send the same row; a crash while
 * sending leaves the row SENDING (never re-sent automatically: at most once, never twice).
 */
@Injectable()
export class MailSender {
  private mailer: Mailer | null = null;

  constructor(private readonly db: Db) {}

  /** For tests and deployments that build their own mailer. */
  use(mailer: Mailer): void {
    this.mailer = mailer;
  }

  async sendPending(): Promise<{ sent: number; failed: number }> {
    const mailer = (this.mailer ??= mailerFromEnv());
    const claimed = await this.db.asPlatform('mail.send: claim outbox rows', (em) => em.execute<{ id: string }[]>(
      `update mail_outbox set status = 'SENDING', attempts = attempts + 1
        where id in (select id from mail_outbox where status = 'PENDING' order by created_at limit ${BATCH} for update skip locked)
        returning id`,
    ));
    let sent = 0;
    let failed = 0;
    for (const { id } of claimed) {
      await this.db.asPlatform('mail.send', async (em) => {
        const row = await em.findOneOrFail(MailOutbox, { id });
        try {
          await mailer.send({ to: row.toAddress, subject: row.subject, text: row.body, dedupeKey: row.dedupeKey });
          row.status = 'SENT';
          row.sentAt = new Date();
          row.lastError = null;
          sent++;
        } catch (e) {
          const permanent = e instanceof MailError && e.permanent;
          row.status = permanent || row.attempts >= MAX_ATTEMPTS ? 'FAILED' : 'PENDING';
          row.lastError = e instanceof Error ? e.message.slice(0, 1000) : String(e);
          failed++;
          logger().warn({ err: e, outboxId: id }, 'e-mail not sent');
        }
        await em.flush();
      });
    }
    return { sent, failed };
  }
}
