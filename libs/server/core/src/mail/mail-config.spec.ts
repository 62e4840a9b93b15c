import { describe, expect, it } from 'vitest';
import { LogMailer } from './log.mailer.js';
import { DEFAULT_SMTP_TIMEOUTS, MailConfigError, mailConfigFromEnv, mailerFromEnv, mailFromAddressFromEnv } from './mail-config.js';
import { SmtpMailer } from './smtp.mailer.js';

const DEFAULT_FROM = { name: '双高平台', address: 'no-reply@localhost' };

const refuse = (env: Record<string, string | undefined>, message: string | RegExp) => {
  expect(() => mailConfigFromEnv(env)).toThrow(MailConfigError);
  expect(() => mailConfigFromEnv(env)).toThrow(message);
};

describe('mailConfigFromEnv: nothing configured', () => {
  it('is null without SMTP variables (empty and blank values count as unset)', () => {
    expect(mailConfigFromEnv({})).toBeNull();
    expect(mailConfigFromEnv({ SMTP_URL: '', SMTP_HOST: '  ', MAIL_FROM: '' })).toBeNull();
    expect(mailConfigFromEnv({ MAIL_FROM: 'sg@tjtc.edu.cn' })).toBeNull();
  });

  it('still refuses a malformed MAIL_FROM', () => {
    refuse({ MAIL_FROM: 'not an address' }, 'MAIL_FROM must be an address or "Name <address>", got "not an address"');
  });
});

describe('mailConfigFromEnv: SMTP_URL', () => {
  it('reads host, port, credentials; smtp:// is not implicit TLS', () => {
    expect(mailConfigFromEnv({ SMTP_URL: 'smtp://user:pass@mail.example.edu.cn:587' })).toEqual({
      host: 'mail.example.edu.cn',
      port: 587,
      secure: false,
      auth: { user: 'user', pass: 'pass' },
      from: DEFAULT_FROM,
      timeouts: DEFAULT_SMTP_TIMEOUTS,
    });
  });

  it('defaults the port to 587 for smtp:// and 465 for smtps:// (which is secure)', () => {
    expect(mailConfigFromEnv({ SMTP_URL: 'smtp://relay.local' })).toMatchObject({ host: 'relay.local', port: 587, secure: false, auth: null });
    expect(mailConfigFromEnv({ SMTP_URL: 'smtps://u:p@smtp.qiye.aliyun.com' })).toMatchObject({ port: 465, secure: true });
    expect(mailConfigFromEnv({ SMTP_URL: 'SMTPS://u:p@smtp.qiye.aliyun.com:994/' })).toMatchObject({ port: 994, secure: true });
  });

  it('percent-decodes credentials and accepts an IPv6 host', () => {
    expect(mailConfigFromEnv({ SMTP_URL: 'smtp://a%40b.cn:p%40%3A%2F%20x@[::1]:2525' })).toMatchObject({ host: '::1', port: 2525, auth: { user: 'a@b.cn', pass: 'p@:/ x' } });
  });

  it('applies MAIL_FROM with a display name', () => {
    expect(mailConfigFromEnv({ SMTP_URL: 'smtp://relay.local', MAIL_FROM: '双高办 <sg@tjtc.edu.cn>' })?.from).toEqual({ name: '双高办', address: 'sg@tjtc.edu.cn' });
  });

  it('refuses a URL without a host', () => {
    refuse({ SMTP_URL: 'smtp://:587' }, /SMTP_URL (has no host|is not a valid URL)/);
    refuse({ SMTP_URL: 'smtp://user:pass@' }, /SMTP_URL (has no host|is not a valid URL)/);
    refuse({ SMTP_URL: 'smtp:relay.local' }, 'SMTP_URL has no host');
  });

  it('refuses other schemes, bad ports, paths and queries', () => {
    refuse({ SMTP_URL: 'http://relay.local' }, 'SMTP_URL must start with smtp:// or smtps://, got "http://"');
    refuse({ SMTP_URL: 'smtp://relay.local:0' }, 'SMTP_URL port must be from 1 to 65535, got 0');
    refuse({ SMTP_URL: 'smtp://relay.local:70000' }, 'SMTP_URL is not a valid URL');
    refuse({ SMTP_URL: 'smtp://relay.local:25/inbox' }, 'SMTP_URL must not have a path, query or fragment');
    refuse({ SMTP_URL: 'smtp://relay.local:25?pool=true' }, 'SMTP_URL must not have a path, query or fragment');
  });

  it('refuses a user without a password and the reverse', () => {
    refuse({ SMTP_URL: 'smtp://user@relay.local' }, 'SMTP_URL has a user but no password');
    refuse({ SMTP_URL: 'smtp://:secret@relay.local' }, 'SMTP_URL has a password but no user');
  });

  it('refuses being combined with the separate variables', () => {
    refuse({ SMTP_URL: 'smtp://relay.local', SMTP_HOST: 'other.local', SMTP_PORT: '25' }, 'SMTP_URL cannot be combined with SMTP_HOST, SMTP_PORT');
  });

  it('never shows the URL (or its password) in an error', () => {
    for (const url of ['smtp://user:S3cretPw@relay.local:99999', 'smtp://user:S3cretPw@relay.local/x', 'ftp://user:S3cretPw@relay.local']) {
      let message = '';
      try {
        mailConfigFromEnv({ SMTP_URL: url });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, url).toMatch(/^Mail configuration: /);
      expect(message, url).not.toContain('S3cretPw');
    }
  });
});

describe('mailConfigFromEnv: separate variables', () => {
  it('reads host, port, user, password and secure', () => {
    expect(mailConfigFromEnv({ SMTP_HOST: 'smtp.example.edu.cn', SMTP_PORT: '2525', SMTP_USER: 'dsg', SMTP_PASSWORD: ' pw with spaces ', SMTP_SECURE: 'false' })).toEqual({
      host: 'smtp.example.edu.cn',
      port: 2525,
      secure: false,
      auth: { user: 'dsg', pass: ' pw with spaces ' },
      from: DEFAULT_FROM,
      timeouts: DEFAULT_SMTP_TIMEOUTS,
    });
  });

  it('defaults: port 587 not secure; port 465 secure; SMTP_SECURE=true alone means port 465', () => {
    expect(mailConfigFromEnv({ SMTP_HOST: 'relay.local' })).toMatchObject({ port: 587, secure: false, auth: null });
    expect(mailConfigFromEnv({ SMTP_HOST: 'relay.local', SMTP_PORT: '465' })).toMatchObject({ port: 465, secure: true });
    expect(mailConfigFromEnv({ SMTP_HOST: 'relay.local', SMTP_SECURE: 'TRUE' })).toMatchObject({ port: 465, secure: true });
    expect(mailConfigFromEnv({ SMTP_HOST: 'relay.local', SMTP_PORT: '465', SMTP_SECURE: 'false' })).toMatchObject({ port: 465, secure: false });
  });

  it('refuses a bad port', () => {
    for (const bad of ['0', '65536', 'abc', '25.5', '-25', '1e3']) {
      refuse({ SMTP_HOST: 'relay.local', SMTP_PORT: bad }, `SMTP_PORT must be a whole number from 1 to 65535, got ${JSON.stringify(bad)}`);
    }
  });

  it('refuses a bad SMTP_SECURE', () => {
    refuse({ SMTP_HOST: 'relay.local', SMTP_SECURE: 'yes please' }, 'SMTP_SECURE must be true or false, got "yes please"');
  });

  it('refuses SMTP variables without a host (a typo must not silently switch to logging)', () => {
    refuse({ SMTP_PORT: '25', SMTP_USER: 'dsg', SMTP_PASSWORD: 'pw' }, 'SMTP_PORT, SMTP_USER, SMTP_PASSWORD are set but SMTP_HOST (or SMTP_URL) is missing');
    refuse({ SMTP_SECURE: 'true' }, 'SMTP_SECURE is set but SMTP_HOST');
  });

  it('refuses a URL or a host:port in SMTP_HOST', () => {
    refuse({ SMTP_HOST: 'smtp://relay.local' }, 'SMTP_HOST must be a bare host name');
    refuse({ SMTP_HOST: 'relay.local:25' }, 'SMTP_HOST must be a bare host name');
    expect(mailConfigFromEnv({ SMTP_HOST: '::1' })).toMatchObject({ host: '::1' });
  });

  it('refuses a user without a password and the reverse', () => {
    refuse({ SMTP_HOST: 'relay.local', SMTP_USER: 'dsg' }, 'SMTP_USER is set but SMTP_PASSWORD is missing');
    refuse({ SMTP_HOST: 'relay.local', SMTP_PASSWORD: 'pw' }, 'SMTP_PASSWORD is set but SMTP_USER is missing');
  });

  it('names every problem in one error', () => {
    refuse({ SMTP_HOST: 'relay.local', SMTP_PORT: 'x', SMTP_SECURE: 'maybe', MAIL_FROM: 'nobody' }, /MAIL_FROM .*; SMTP_SECURE .*; SMTP_PORT /);
  });
});

describe('mailerFromEnv', () => {
  it('is a LogMailer (with MAIL_FROM) when nothing is configured', () => {
    const mailer = mailerFromEnv({ MAIL_FROM: 'sg@tjtc.edu.cn' });
    expect(mailer).toBeInstanceOf(LogMailer);
    expect(mailer.kind).toBe('log');
    expect(mailFromAddressFromEnv({})).toEqual(DEFAULT_FROM);
  });

  it('is an SmtpMailer naming its endpoint (without credentials) when configured', () => {
    const mailer = mailerFromEnv({ SMTP_URL: 'smtps://user:S3cretPw@smtp.example.edu.cn' });
    expect(mailer).toBeInstanceOf(SmtpMailer);
    expect((mailer as SmtpMailer).endpoint).toBe('smtps://smtp.example.edu.cn:465');
    (mailer as SmtpMailer).close();
  });

  it('throws MailConfigError for a broken configuration', () => {
    expect(() => mailerFromEnv({ SMTP_PORT: '25' })).toThrow(MailConfigError);
  });
});
