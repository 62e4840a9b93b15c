import { LogMailer } from './log.mailer.js';
import { DEFAULT_MAIL_FROM, parseMailbox, type Mailbox } from './mailer.js';
import { SmtpMailer } from './smtp.mailer.js';

/**
 * How long a send may wait, so an unreachable or silent server fails the send (and the job
 * retries) instead of holding a worker for nodemailer's defaults of minutes.
 */
export interface SmtpTimeouts {
  /** TCP connect (and DNS lookup). */
  connectionMs: number;
  /** From connect to the server's 220 greeting. */
  greetingMs: number;
  /** Idle time on an open connection. */
  socketMs: number;
}

export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = { connectionMs: 10_000, greetingMs: 10_000, socketMs: 30_000 };

export interface MailConfig {
  host: string;
  port: number;
  /** Implicit TLS from the first byte (port 465, `smtps://`); otherwise STARTTLS is used when offered. */
  secure: boolean;
  auth: { user: string; pass: string } | null;
  from: Mailbox;
  timeouts: SmtpTimeouts;
}

/** A missing or malformed mail variable; the message names every offending variable, never a password. */
export class MailConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MailConfigError';
  }
}

type Env = Record<string, string | undefined>;

const SMTP_VARIABLES = ['SMTP_HOST', 'SMTP_PORT', 'SMTP_USER', 'SMTP_PASSWORD', 'SMTP_SECURE'] as const;

const value = (env: Env, name: string): string | undefined => {
  const v = env[name]?.trim();
  return v ? v : undefined;
};

/**
 * Reads the SMTP settings; null when none is set (the caller then uses LogMailer, see
 * `mailerFromEnv`). Either
 * - `SMTP_URL` = `smtp://user:password@host:587` or `smtps://…` (implicit TLS, port 465 by
 *   default); user and password percent-encoded, no path or query; or
 * - `SMTP_HOST`, `SMTP_PORT` (default 465 when secure, else 587), `SMTP_USER` + `SMTP_PASSWORD`
 *   (both or neither), `SMTP_SECURE` = true | false (default: true on port 465).
 * Not both: a half-overridden URL is how mail ends up at the wrong server. `MAIL_FROM` (default
 * `双高平台 <no-reply@localhost>`) applies to either. Any SMTP_* variable without a host is an
 * error, not "unconfigured": a typo must not silently turn sending into logging.
 */
export function mailConfigFromEnv(env: Env = process.env): MailConfig | null {
  const problems: string[] = [];
  const from = readFrom(env, problems);
  const url = value(env, 'SMTP_URL');
  const others = SMTP_VARIABLES.filter((name) => value(env, name) !== undefined);
  if (url === undefined && others.length === 0) {
    fail(problems);
    return null;
  }

  let endpoint: Omit<MailConfig, 'from' | 'timeouts'> | null;
  if (url !== undefined) {
    if (others.length) problems.push(`SMTP_URL cannot be combined with ${others.join(', ')}; set either SMTP_URL or the separate SMTP_* variables`);
    endpoint = fromUrl(url, problems);
  } else {
    endpoint = fromVariables(env, problems);
  }
  fail(problems);
  return { ...endpoint!, from: from!, timeouts: { ...DEFAULT_SMTP_TIMEOUTS } };
}

/** `MAIL_FROM` as a mailbox (default `双高平台 <no-reply@localhost>`); throws MailConfigError. */
export function mailFromAddressFromEnv(env: Env = process.env): Mailbox {
  const problems: string[] = [];
  const from = readFrom(env, problems);
  fail(problems);
  return from!;
}

/** SmtpMailer when SMTP is configured, otherwise LogMailer (the development default: nothing leaves the machine). */
export function mailerFromEnv(env: Env = process.env): SmtpMailer | LogMailer {
  const config = mailConfigFromEnv(env);
  return config ? new SmtpMailer(config) : new LogMailer({ from: mailFromAddressFromEnv(env) });
}

function readFrom(env: Env, problems: string[]): Mailbox | null {
  const raw = value(env, 'MAIL_FROM') ?? DEFAULT_MAIL_FROM;
  const from = parseMailbox(raw);
  if (!from) problems.push(`MAIL_FROM must be an address or "Name <address>", got ${JSON.stringify(raw)}`);
  return from;
}

function fromUrl(raw: string, problems: string[]): Omit<MailConfig, 'from' | 'timeouts'> | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // The value is not echoed: it may hold the password.
    problems.push('SMTP_URL is not a valid URL (expected smtp://user:password@host:port; value not shown as it may contain a password)');
    return null;
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    problems.push(`SMTP_URL must start with smtp:// or smtps://, got ${JSON.stringify(url.protocol + '//')}`);
    return null;
  }
  const secure = url.protocol === 'smtps:';
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) problems.push('SMTP_URL has no host (expected smtp://user:password@host:port)');
  if ((url.pathname !== '' && url.pathname !== '/') || url.search || url.hash) problems.push('SMTP_URL must not have a path, query or fragment');
  const port = url.port === '' ? (secure ? 465 : 587) : Number(url.port);
  if (!validPort(port)) problems.push(`SMTP_URL port must be from 1 to 65535, got ${url.port}`);

  let user = '';
  let pass = '';
  try {
    user = decodeURIComponent(url.username);
    pass = decodeURIComponent(url.password);
  } catch {
    problems.push('SMTP_URL user or password has a malformed %-escape');
  }
  if (user && !pass) problems.push('SMTP_URL has a user but no password');
  if (pass && !user) problems.push('SMTP_URL has a password but no user');
  return { host, port, secure, auth: user && pass ? { user, pass } : null };
}

function fromVariables(env: Env, problems: string[]): Omit<MailConfig, 'from' | 'timeouts'> | null {
  const host = value(env, 'SMTP_HOST');
  if (host === undefined) {
    const set = SMTP_VARIABLES.filter((name) => value(env, name) !== undefined);
    problems.push(`${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set but SMTP_HOST (or SMTP_URL) is missing`);
    return null;
  }
  if (/[\s/@]/.test(host) || host.split(':').length === 2) {
    problems.push(`SMTP_HOST must be a bare host name or IP address (port in SMTP_PORT, URLs in SMTP_URL), got ${JSON.stringify(host)}`);
  }

  const rawSecure = value(env, 'SMTP_SECURE');
  let secure: boolean | undefined;
  if (rawSecure !== undefined) {
    const v = rawSecure.toLowerCase();
    if (v === 'true') secure = true;
    else if (v === 'false') secure = false;
    else problems.push(`SMTP_SECURE must be true or false, got ${JSON.stringify(rawSecure)}`);
  }

  const rawPort = value(env, 'SMTP_PORT');
  let port = (secure ?? false) ? 465 : 587;
  if (rawPort !== undefined) {
    port = /^\d+$/.test(rawPort) ? Number(rawPort) : NaN;
    if (!validPort(port)) problems.push(`SMTP_PORT must be a whole number from 1 to 65535, got ${JSON.stringify(rawPort)}`);
  }

  const user = value(env, 'SMTP_USER');
  const pass = env['SMTP_PASSWORD'] ?? ''; // not trimmed: spaces may be part of a password
  if (user !== undefined && pass === '') problems.push('SMTP_USER is set but SMTP_PASSWORD is missing');
  if (user === undefined && pass !== '') problems.push('SMTP_PASSWORD is set but SMTP_USER is missing');

  return { host, port, secure: secure ?? port === 465, auth: user !== undefined && pass !== '' ? { user, pass } : null };
}

function validPort(port: number): boolean {
  return Number.isInteger(port) && port >= 1 && port <= 65535;
}

function fail(problems: string[]): void {
  if (problems.length) throw new MailConfigError(`Mail configuration: ${problems.join('; ')}`);
}
