import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { setLogDestination } from '../logging/logger.js';
import { LogMailer } from './log.mailer.js';
import { MailError, messageIdFor, parseMailbox, prepareMessage, type MailMessage } from './mailer.js';

const base: MailMessage = { to: 'li.hong@example.edu.cn', subject: '提醒', text: '正文' };

const invalid = (message: MailMessage): MailError => {
  try {
    prepareMessage(message);
  } catch (error) {
    expect(error).toBeInstanceOf(MailError);
    expect((error as MailError).code).toBe('INVALID_MESSAGE');
    return error as MailError;
  }
  throw new Error('expected INVALID_MESSAGE');
};

describe('parseMailbox', () => {
  it('reads a bare address, a named one and a quoted name', () => {
    expect(parseMailbox('a@b.cn')).toEqual({ name: '', address: 'a@b.cn' });
    expect(parseMailbox(' 李红 <li.hong@example.edu.cn> ')).toEqual({ name: '李红', address: 'li.hong@example.edu.cn' });
    expect(parseMailbox('"Zhang, San \\"Sam\\"" <zs@example.com>')).toEqual({ name: 'Zhang, San "Sam"', address: 'zs@example.com' });
    expect(parseMailbox('<no-reply@localhost>')).toEqual({ name: '', address: 'no-reply@localhost' });
  });

  it('refuses lists, junk and header injection', () => {
    for (const bad of ['', 'a@b.cn, c@d.cn', 'a@b.cn; c@d.cn', 'not an address', 'a@', '@b.cn', 'a b@c.cn', 'x <a@b.cn> <c@d.cn>', 'a@b.cn\r\nBcc: c@d.cn', '李红\n <a@b.cn>']) {
      expect(parseMailbox(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('messageIdFor', () => {
  it('is <sha256(key)@dsg.local> for a key, stable across calls', () => {
    const key = 'report-returned:rep-1:rev-2:user-7';
    const hex = createHash('sha256').update(key).digest('hex');
    expect(messageIdFor(key)).toBe(`<${hex}@dsg.local>`);
    expect(messageIdFor(key)).toBe(messageIdFor(key));
    expect(messageIdFor('键:中文')).toBe(`<${createHash('sha256').update('键:中文', 'utf8').digest('hex')}@dsg.local>`);
  });

  it('is random without a key', () => {
    expect(messageIdFor()).not.toBe(messageIdFor());
    expect(messageIdFor()).toMatch(/^<[0-9a-f-]{36}@dsg\.local>$/);
  });
});

describe('prepareMessage', () => {
  it('parses the recipient, keeps custom headers and derives the Message-ID', () => {
    const prepared = prepareMessage({ ...base, to: '李红 <li.hong@example.edu.cn>', html: '<p>正文</p>', headers: { 'X-Dsg-Notice': 'reminder' }, dedupeKey: 'k' });
    expect(prepared).toEqual({
      to: { name: '李红', address: 'li.hong@example.edu.cn' },
      subject: '提醒',
      text: '正文',
      html: '<p>正文</p>',
      headers: { 'X-Dsg-Notice': 'reminder' },
      messageId: messageIdFor('k'),
    });
  });

  it('refuses more than one recipient or a malformed one', () => {
    expect(invalid({ ...base, to: 'a@b.cn, c@d.cn' }).message).toContain('"to" must be one address');
  });

  it('refuses a multi-line or empty subject', () => {
    expect(invalid({ ...base, subject: '提醒\r\nBcc: x@y.cn' }).message).toContain('"subject" must be one line');
    expect(invalid({ ...base, subject: '  ' }).message).toContain('"subject" is empty');
  });

  it('refuses header injection, bad header names and overriding the mailer\'s own headers', () => {
    expect(invalid({ ...base, headers: { 'X-A': 'v\nBcc: x@y.cn' } }).message).toContain('header X-A must be one line');
    expect(invalid({ ...base, headers: { 'X A': 'v' } }).message).toContain('header name "X A" is not a valid field name');
    expect(invalid({ ...base, headers: { 'Bad:Name': 'v' } }).message).toContain('not a valid field name');
    expect(invalid({ ...base, headers: { 'message-id': '<x@y>' } }).message).toContain('header message-id is set by the mailer (use dedupeKey)');
    for (const name of ['From', 'TO', 'Bcc', 'Subject', 'Content-Type']) {
      expect(invalid({ ...base, headers: { [name]: 'v' } }).message, name).toContain(`header ${name} is set by the mailer`);
    }
  });

  it('refuses a blank dedupe key (which would collapse unrelated messages into one id)', () => {
    expect(invalid({ ...base, dedupeKey: ' ' }).message).toContain('"dedupeKey" is empty');
  });

  it('lists every problem at once', () => {
    expect(invalid({ to: 'x', subject: '', text: '' }).message).toBe('Invalid mail message: "to" must be one address or "Name <address>", got "x"; "subject" is empty');
  });
});

describe('LogMailer', () => {
  afterEach(() => setLogDestination(undefined));

  function captureLogs(): string[] {
    const lines: string[] = [];
    setLogDestination(
      new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
      'info',
    );
    return lines;
  }

  it('records and logs the message instead of sending it, with the same Message-ID rule as SMTP', async () => {
    const logs = captureLogs();
    const mailer = new LogMailer({ from: { name: '双高办', address: 'sg@tjtc.edu.cn' } });
    const result = await mailer.send({ ...base, to: '李红 <li.hong@example.edu.cn>', dedupeKey: 'k1', text: '登录链接：https://example/reset?token=abc' });
    expect(result).toEqual({ messageId: messageIdFor('k1') });
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]).toMatchObject({ from: { name: '双高办', address: 'sg@tjtc.edu.cn' }, to: { name: '李红', address: 'li.hong@example.edu.cn' }, subject: '提醒', messageId: messageIdFor('k1') });
    expect(mailer.sent[0]!.at).toBeInstanceOf(Date);

    expect(logs).toHaveLength(1); // the body is logged at debug only
    const entry = JSON.parse(logs[0]!) as { msg: string; mail: Record<string, string> };
    expect(entry.msg).toBe('Mail logged, not sent (no SMTP configured)');
    expect(entry.mail).toEqual({ to: 'li.hong@example.edu.cn', subject: '提醒', messageId: messageIdFor('k1') });
    expect(logs[0]).not.toContain('token=abc');
  });

  it('refuses what SmtpMailer refuses, recording nothing', async () => {
    const mailer = new LogMailer();
    await expect(mailer.send({ ...base, to: 'a@b.cn, c@d.cn' })).rejects.toMatchObject({ code: 'INVALID_MESSAGE' });
    expect(mailer.sent).toEqual([]);
  });

  it('keeps only the last `capacity` messages; clear() forgets them', async () => {
    const mailer = new LogMailer({ capacity: 2 });
    for (const n of [1, 2, 3]) await mailer.send({ ...base, subject: `第${n}封` });
    expect(mailer.sent.map((m) => m.subject)).toEqual(['第2封', '第3封']);
    expect(mailer.sent[0]!.from).toEqual({ name: '双高平台', address: 'no-reply@localhost' });
    mailer.clear();
    expect(mailer.sent).toEqual([]);
  });
});
