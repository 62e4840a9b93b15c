import { logger } from '../logging/logger.js';
import { DEFAULT_MAIL_FROM, parseMailbox, prepareMessage, type Mailbox, type Mailer, type MailMessage } from './mailer.js';

export interface LoggedMail {
  from: Mailbox;
  to: Mailbox;
  subject: string;
  text: string;
  html: string | undefined;
  headers: Record<string, string>;
  messageId: string;
  at: Date;
}

export interface LogMailerOptions {
  from?: Mailbox;
  /** How many messages `sent` keeps (oldest dropped first), so a long-running dev server does not grow without bound. */
  capacity?: number;
}

/**
 * The development default when no SMTP server is configured: nothing leaves the machine. Each
 * message is checked exactly as SmtpMailer checks it (same INVALID_MESSAGE errors, same
 * Message-ID), logged (recipient, subject, Message-ID at info; the body at debug, since it may
 * carry a sign-in link) and kept in `sent` for tests and a developer to read.
 */
export class LogMailer implements Mailer {
  readonly kind = 'log';
  readonly sent: LoggedMail[] = [];
  private readonly from: Mailbox;
  private readonly capacity: number;

  constructor(options: LogMailerOptions = {}) {
    this.from = options.from ?? parseMailbox(DEFAULT_MAIL_FROM)!;
    this.capacity = options.capacity ?? 100;
  }

  async send(message: MailMessage): Promise<{ messageId: string }> {
    const prepared = prepareMessage(message);
    this.sent.push({ ...prepared, from: this.from, at: new Date() });
    if (this.sent.length > this.capacity) this.sent.splice(0, this.sent.length - this.capacity);
    const log = logger();
    log.info({ mail: { to: prepared.to.address, subject: prepared.subject, messageId: prepared.messageId } }, 'Mail logged, not sent (no SMTP configured)');
    log.debug({ mail: { messageId: prepared.messageId, text: prepared.text } }, 'Mail body');
    return { messageId: prepared.messageId };
  }

  /** Forgets the recorded messages. */
  clear(): void {
    this.sent.length = 0;
  }
}
