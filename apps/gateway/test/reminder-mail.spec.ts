import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestContext, SmtpMailer, mailConfigFromEnv, messageIdFor } from '@dsg/server-core';
import { MailSender } from '@dsg/server-reporting';
import { UserAccount } from '@dsg/server-identity';
import { startSmtpSink, type SmtpSink } from '../../../libs/server/core/src/mail/__tests__/smtp-sink.js';
import { startGateway, type TestGateway } from './support/test-gateway.js';
import { asPlatform } from './support/fixtures.js';
import { reportingWorld, runTick } from './support/reporting-world.js';

let gw: TestGateway;
let sink: SmtpSink;
beforeAll(async () => {
  gw = await startGateway();
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink?.stop();
  await gw?.close();
});

const send = () => {
  const sender = gw.app.get(MailSender);
  sender.use(new SmtpMailer(mailConfigFromEnv({ SMTP_URL: `smtp://127.0.0.1:${sink.port}` })!));
  return RequestContext.run(new RequestContext('mail-test', 'zh-CN', null), () => sender.sendPending());
};

describe('reminder e-mail', () => {
  it('a period due tomorrow e-mails each responsible person once, though the tick and the sender both run twice', async () => {
    const w = await reportingWorld(gw);
    const email = `lead-${w.lead.user.id.slice(0, 8)}@cqipc.example.cn`;
    await asPlatform(gw.db, async (em) => {
      (await em.findOneOrFail(UserAccount, { id: w.lead.user.id })).email = email;
      await em.flush();
    });
    await runTick(gw, '2025-10-14', w.programme.id);
    await runTick(gw, '2025-10-14', w.programme.id);
    const first = await send();
    const second = await send();
    const mine = sink.received.filter((m) => m.rcptTo.includes(email));
    expect(mine).toHaveLength(1);
    expect(first.sent).toBeGreaterThanOrEqual(1);
    expect(second).toEqual({ sent: 0, failed: 0 });
    // The subject is RFC 2047-encoded Chinese; the body carries both languages.
    expect(mine[0]!.raw).toMatch(/^Subject: =\?UTF-8\?/im);
    // The Message-ID is derived from the outbox dedupe key, so a receiving side could drop duplicates too.
    expect(mine[0]!.raw.replace(/\r?\n\s+/g, ' ')).toContain(`Message-ID: ${messageIdFor(`reminder:${w.reportId}:DUE_SOON:${w.lead.user.id}`)}`);
  });
});
