import { createHash } from 'node:crypto';
import type { NodemailerError } from 'nodemailer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseMessage } from './__tests__/mime.js';
import { closedPort, startSilentServer, startSmtpSink, type SmtpSink } from './__tests__/smtp-sink.js';
import { DEFAULT_SMTP_TIMEOUTS, mailConfigFromEnv, type MailConfig } from './mail-config.js';
import { MailError } from './mailer.js';
import { SmtpMailer } from './smtp.mailer.js';

const SUBJECT = '【双高平台】2025年第三季度建设进展报告已被退回，请根据审核意见修改后重新提交';
const TEXT = '李红老师：\r\n\r\n您提交的《2025年第三季度建设进展报告》已被双高办退回。\r\n退回原因：资金执行率数据与财务系统不一致。\r\n\r\n此邮件由系统自动发送，请勿回复。';

function configFor(port: number, overrides: Partial<MailConfig> = {}): MailConfig {
  const config = mailConfigFromEnv({ SMTP_URL: `smtp://127.0.0.1:${port}` });
  if (!config) throw new Error('SMTP_URL did not configure anything');
  return { ...config, ...overrides };
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('SmtpMailer against a local SMTP server', () => {
  let sink: SmtpSink;
  const mailers: SmtpMailer[] = [];
  const mailerFor = (config: MailConfig) => {
    const mailer = new SmtpMailer(config);
    mailers.push(mailer);
    return mailer;
  };

  beforeAll(async () => {
    sink = await startSmtpSink({
      rejectRecipient: (address) =>
        address.startsWith('gone@') ? { code: 550, message: 'No such user' } : address.startsWith('busy@') ? { code: 451, message: 'Try again later' } : null,
    });
  });
  afterEach(() => {
    sink.received.length = 0;
    sink.logins.length = 0;
  });
  afterAll(async () => {
    for (const m of mailers) m.close();
    await sink?.stop();
  });

  it('delivers one message with the recipient, an encoded Chinese subject, the body and the Message-ID of the dedupe key', async () => {
    const mailer = mailerFor(configFor(sink.port));
    const dedupeKey = 'report-returned:rep-1:rev-2:user-7';
    const result = await mailer.send({ to: '李红 <li.hong@example.edu.cn>', subject: SUBJECT, text: TEXT, dedupeKey, headers: { 'X-Dsg-Notice': 'report-returned' } });

    const expectedId = `<${sha256(dedupeKey)}@dsg.local>`;
    expect(result).toEqual({ messageId: expectedId });
    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail!.rcptTo).toEqual(['li.hong@example.edu.cn']);
    expect(mail!.mailFrom).toBe('no-reply@localhost');

    // On the wire the subject is 7-bit encoded words, not raw UTF-8 …
    const rawSubject = /^Subject:(.*(?:\r\n[ \t].*)*)/m.exec(mail!.raw)![1]!;
    expect(rawSubject).toMatch(/=\?UTF-8\?[BQ]\?/i);
    expect(/[^\x00-\x7f]/.test(mail!.raw)).toBe(false);

    // … and decodes back to exactly what was sent.
    const parsed = parseMessage(mail!.raw);
    expect(parsed.headers.get('subject')).toBe(SUBJECT);
    expect(parsed.headers.get('message-id')).toBe(expectedId);
    expect(parsed.headers.get('to')).toBe('李红 <li.hong@example.edu.cn>');
    expect(parsed.headers.get('from')).toBe('双高平台 <no-reply@localhost>');
    expect(parsed.headers.get('x-dsg-notice')).toBe('report-returned');
    expect(parsed.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/i);
    expect(parsed.body).toBe(TEXT);
  });

  it('gives the same Message-ID for the same dedupe key, another for another key, a fresh one without a key', async () => {
    const mailer = mailerFor(configFor(sink.port));
    const base = { to: 'a@example.edu.cn', subject: '提醒', text: '内容' };
    const first = await mailer.send({ ...base, dedupeKey: 'reminder:task-1:2025-Q3' });
    const retry = await mailer.send({ ...base, dedupeKey: 'reminder:task-1:2025-Q3' });
    const other = await mailer.send({ ...base, dedupeKey: 'reminder:task-2:2025-Q3' });
    const random1 = await mailer.send(base);
    const random2 = await mailer.send(base);

    const ids = sink.received.map((m) => parseMessage(m.raw).headers.get('message-id'));
    expect(ids).toEqual([first, retry, other, random1, random2].map((r) => r.messageId));
    expect(first.messageId).toBe(retry.messageId);
    expect(other.messageId).not.toBe(first.messageId);
    expect(random1.messageId).toMatch(/^<[0-9a-f-]{36}@dsg\.local>$/);
    expect(random1.messageId).not.toBe(random2.messageId);
  });

  it('sends text and HTML as multipart/alternative', async () => {
    const mailer = mailerFor(configFor(sink.port));
    await mailer.send({ to: 'b@example.edu.cn', subject: '审核通过', text: '报告已通过审核。', html: '<p>报告已<strong>通过</strong>审核。</p>' });
    const parsed = parseMessage(sink.received[0]!.raw);
    expect(parsed.headers.get('content-type')).toMatch(/^multipart\/alternative/);
    expect(parsed.parts.map((p) => [p.headers.get('content-type')?.split(';')[0], p.body])).toEqual([
      ['text/plain', '报告已通过审核。'],
      ['text/html', '<p>报告已<strong>通过</strong>审核。</p>'],
    ]);
  });

  it('authenticates with the (percent-decoded) credentials of SMTP_URL and uses MAIL_FROM', async () => {
    const config = mailConfigFromEnv({ SMTP_URL: `smtp://dsg%40school:p%40ss%3Aw0rd@127.0.0.1:${sink.port}`, MAIL_FROM: '"天津职业大学 双高办" <sg@tjtc.edu.cn>' });
    await mailerFor(config!).send({ to: 'c@example.edu.cn', subject: '测试', text: '正文' });
    expect(sink.logins).toEqual([{ username: 'dsg@school', password: 'p@ss:w0rd' }]);
    expect(sink.received[0]!.mailFrom).toBe('sg@tjtc.edu.cn');
    expect(parseMessage(sink.received[0]!.raw).headers.get('from')).toBe('天津职业大学 双高办 <sg@tjtc.edu.cn>');
  });

  it('marks a 5xx refusal as permanent and a 4xx refusal as not, naming the server', async () => {
    const mailer = mailerFor(configFor(sink.port));
    const gone = await mailer.send({ to: 'gone@example.edu.cn', subject: '测试', text: '正文' }).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(MailError);
    expect(gone).toMatchObject({ code: 'SEND_FAILED', permanent: true });
    expect((gone as MailError).message).toContain(`smtp://127.0.0.1:${sink.port}`);
    expect((gone as MailError).message).toContain('550');

    const busy = await mailer.send({ to: 'busy@example.edu.cn', subject: '测试', text: '正文' }).catch((e: unknown) => e);
    expect(busy).toMatchObject({ code: 'SEND_FAILED', permanent: false });
    expect((busy as MailError).message).toContain('451');
    expect(sink.received).toHaveLength(0);
  });

  it('refuses an invalid message before connecting', async () => {
    const mailer = mailerFor(configFor(sink.port));
    const bad = await mailer.send({ to: 'x@example.edu.cn', subject: '测试', text: '正文', headers: { 'X-Evil': 'a\r\nBcc: victim@example.com' } }).catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: 'INVALID_MESSAGE', permanent: false });
    expect(sink.received).toHaveLength(0);
  });
});

describe('SmtpMailer against an unreachable server', () => {
  it('rejects promptly, naming host and port, when nothing listens on the port', async () => {
    const port = await closedPort();
    const mailer = new SmtpMailer(configFor(port));
    const started = Date.now();
    const error = await mailer.send({ to: 'a@example.edu.cn', subject: '测试', text: '正文' }).catch((e: unknown) => e);
    mailer.close();
    expect(error).toBeInstanceOf(MailError);
    expect(error).toMatchObject({ code: 'SEND_FAILED', permanent: false });
    expect((error as MailError).message).toContain(`smtp://127.0.0.1:${port}`);
    expect((error as MailError).message).toContain('ECONNREFUSED');
    expect((error as MailError).cause).toBeInstanceOf(Error);
    expect(Date.now() - started).toBeLessThan(DEFAULT_SMTP_TIMEOUTS.connectionMs);
  }, 15_000);

  it('gives up after the greeting timeout when the server accepts but never speaks', async () => {
    const silent = await startSilentServer();
    const mailer = new SmtpMailer(configFor(silent.port, { timeouts: { connectionMs: 10_000, greetingMs: 300, socketMs: 10_000 } }));
    const started = Date.now();
    try {
      const error = await mailer.send({ to: 'a@example.edu.cn', subject: '测试', text: '正文' }).catch((e: unknown) => e);
      const elapsed = Date.now() - started;
      expect(error).toBeInstanceOf(MailError);
      expect((error as MailError).message).toContain(`smtp://127.0.0.1:${silent.port}`);
      expect((error as MailError).message).toMatch(/ETIMEDOUT|timeout/i);
      expect(((error as MailError).cause as NodemailerError).timeoutType).toBe('GREETING_TIMEOUT');
      expect(elapsed).toBeGreaterThanOrEqual(250);
      expect(elapsed).toBeLessThan(5_000);
    } finally {
      mailer.close();
      await silent.stop();
    }
  }, 15_000);

  it('has bounded default timeouts', () => {
    expect(DEFAULT_SMTP_TIMEOUTS).toEqual({ connectionMs: 10_000, greetingMs: 10_000, socketMs: 30_000 });
  });
});
