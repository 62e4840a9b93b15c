/**
 * The one way the platform sends e-mail (reminders, review notices, password resets): a small
 * interface over swappable adapters — SmtpMailer in production, LogMailer in development and
 * tests (see mail-config.ts for how the environment picks one).
 *
 * Messages go to ONE recipient each: a notice is personal, and one Message-ID per recipient is
 * what makes a retried send recognisable (see `dedupeKey`).
 */
import { createHash, randomUUID } from 'node:crypto';

export interface MailMessage {
  /** One recipient: `li.hong@example.edu.cn` or `李红 <li.hong@example.edu.cn>`. */
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers (e.g. `X-Dsg-Notice`); From, To, Subject, Message-ID and the MIME headers are set by the mailer. */
  headers?: Record<string, string>;
  /**
   * The same key always gives the same Message-ID, `<sha256(key)@dsg.local>`: a job that retries
   * after a lost reply sends a message the receiving side can recognise as the one it already
   * has. Make it unique per notice and recipient, e.g. `report-returned:<reportId>:<rev>:<userId>`.
   * Without a key each send gets a random Message-ID.
   */
  dedupeKey?: string;
}

export interface Mailer {
  /** Resolves once the server accepted the message; rejects with a MailError. */
  send(message: MailMessage): Promise<{ messageId: string }>;
}

/** A display name and an address, as the From and To headers carry them. */
export interface Mailbox {
  name: string;
  address: string;
}

/** A message checked and ready to hand to a transport. */
export interface PreparedMessage {
  to: Mailbox;
  subject: string;
  text: string;
  html: string | undefined;
  headers: Record<string, string>;
  /** With angle brackets, as in the header: `<…@dsg.local>`. */
  messageId: string;
}

export type MailErrorCode = 'INVALID_MESSAGE' | 'SEND_FAILED';

export class MailError extends Error {
  readonly code: MailErrorCode;
  /**
   * True when the server refused the message for good (an SMTP 5xx reply): sending it again will
   * fail again, so a job should stop retrying. False for refused input (INVALID_MESSAGE is a bug
   * — retrying does not help either, check the code), connection failures, timeouts and 4xx replies.
   */
  readonly permanent: boolean;

  constructor(code: MailErrorCode, message: string, options: { permanent?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MailError';
    this.code = code;
    this.permanent = options.permanent ?? false;
  }
}

export const MESSAGE_ID_DOMAIN = 'dsg.local';

/** Sender when MAIL_FROM is not set. */
export const DEFAULT_MAIL_FROM = '双高平台 <no-reply@localhost>';

/** `<sha256-hex(dedupeKey)@dsg.local>`, or a random id without a key. */
export function messageIdFor(dedupeKey?: string): string {
  const local = dedupeKey === undefined ? randomUUID() : createHash('sha256').update(dedupeKey, 'utf8').digest('hex');
  return `<${local}@${MESSAGE_ID_DOMAIN}>`;
}

/** The headers the mailer sets itself; a caller's `headers` cannot override them. */
const RESERVED_HEADERS = new Set(['from', 'to', 'cc', 'bcc', 'reply-to', 'sender', 'subject', 'message-id', 'date', 'mime-version', 'content-type', 'content-transfer-encoding']);

/** Header field name: printable ASCII except the colon (RFC 5322 §2.2). */
const HEADER_NAME = /^[\x21-\x39\x3b-\x7e]+$/;
/** Control characters, CR and LF included: they would let a value start a new header. */
const CONTROL = /[\x00-\x1f\x7f]/;
/** A plain address: something@domain, none of the characters that delimit addresses. */
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;
/** `Name <address>` (name optional, may be quoted) or a bare address. */
const MAILBOX = /^(?:(?<name>[^<>]*?)\s*<(?<angle>[^<>]*)>|(?<bare>[^<>]*))$/;

/**
 * `a@b.cn` or `显示名 <a@b.cn>` (the name may be quoted) → `{ name, address }`; null when it is
 * not exactly one such mailbox. The name is handed to nodemailer as data, which quotes and
 * encodes it, so a comma or non-ASCII character in it is safe.
 */
export function parseMailbox(value: string): Mailbox | null {
  if (CONTROL.test(value)) return null;
  const match = MAILBOX.exec(value.trim());
  if (!match?.groups) return null;
  const address = (match.groups['angle'] ?? match.groups['bare'] ?? '').trim();
  if (!ADDRESS.test(address)) return null;
  let name = (match.groups['name'] ?? '').trim();
  if (name.length >= 2 && name.startsWith('"') && name.endsWith('"')) name = name.slice(1, -1).replace(/\\(.)/g, '$1');
  return { name, address };
}

/** Checks a message and derives its Message-ID; throws MailError INVALID_MESSAGE (before any I/O). */
export function prepareMessage(message: MailMessage): PreparedMessage {
  const problems: string[] = [];
  const to = parseMailbox(message.to);
  if (!to) problems.push(`"to" must be one address or "Name <address>", got ${JSON.stringify(message.to)}`);
  if (CONTROL.test(message.subject)) problems.push('"subject" must be one line (no control characters)');
  if (message.subject.trim() === '') problems.push('"subject" is empty');
  if (message.dedupeKey !== undefined && message.dedupeKey.trim() === '') problems.push('"dedupeKey" is empty (leave it out for a random Message-ID)');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (!HEADER_NAME.test(name)) problems.push(`header name ${JSON.stringify(name)} is not a valid field name`);
    else if (RESERVED_HEADERS.has(name.toLowerCase())) problems.push(`header ${name} is set by the mailer${name.toLowerCase() === 'message-id' ? ' (use dedupeKey)' : ''}`);
    else if (CONTROL.test(value)) problems.push(`header ${name} must be one line (no control characters)`);
    else headers[name] = value;
  }
  if (problems.length || !to) throw new MailError('INVALID_MESSAGE', `Invalid mail message: ${problems.join('; ')}`);
  return { to, subject: message.subject, text: message.text, html: message.html, headers, messageId: messageIdFor(message.dedupeKey) };
}
