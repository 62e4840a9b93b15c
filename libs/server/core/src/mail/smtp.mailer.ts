import { createTransport, type NodemailerError } from 'nodemailer';
import type { MailConfig } from './mail-config.js';
import { MailError, prepareMessage, type Mailer, type MailMessage } from './mailer.js';

/**
 * Sends over SMTP with nodemailer, one connection per message (mail volume is a few notices per
 * workflow step, not a newsletter; a pool would keep idle connections that servers drop anyway).
 * Every wait is bounded (config.timeouts), and a failure names the server, so an unreachable
 * relay shows up in the job log as "smtp://host:port: …" instead of as a hung worker.
 */
export class SmtpMailer implements Mailer {
  readonly kind = 'smtp';
  /** `smtp://host:port` or `smtps://host:port`, for messages; never carries credentials. */
  readonly endpoint: string;
  private readonly transporter: ReturnType<typeof createTransport>;

  constructor(private readonly config: MailConfig) {
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    this.endpoint = `${config.secure ? 'smtps' : 'smtp'}://${host}:${config.port}`;
    this.transporter = createTransport({
      host: config.host,
      port: config.port,
      secure: config.secure,
      ...(config.auth ? { auth: { user: config.auth.user, pass: config.auth.pass } } : {}),
      connectionTimeout: config.timeouts.connectionMs,
      dnsTimeout: config.timeouts.connectionMs,
      greetingTimeout: config.timeouts.greetingMs,
      socketTimeout: config.timeouts.socketMs,
      // Messages are built from our own strings only: never let content make nodemailer read a
      // local file or fetch a URL.
      disableFileAccess: true,
      disableUrlAccess: true,
    });
  }

  async send(message: MailMessage): Promise<{ messageId: string }> {
    const prepared = prepareMessage(message);
    try {
      await this.transporter.sendMail({
        from: this.config.from,
        to: prepared.to,
        subject: prepared.subject,
        text: prepared.text,
        ...(prepared.html === undefined ? {} : { html: prepared.html }),
        headers: prepared.headers,
        messageId: prepared.messageId,
      });
    } catch (error) {
      const e = error as NodemailerError;
      const detail = [e.code, e.responseCode, e.message].filter((part) => part !== undefined && part !== '').join(' ');
      throw new MailError('SEND_FAILED', `Sending mail via ${this.endpoint} failed: ${detail}`, { permanent: e.permanent === true, cause: error });
    }
    return { messageId: prepared.messageId };
  }

  /** Releases the transport (nothing stays open between sends; safe to call more than once). */
  close(): void {
    this.transporter.close();
  }
}
