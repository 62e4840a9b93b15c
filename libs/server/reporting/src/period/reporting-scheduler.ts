import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { APP_CONFIG, RequestContext, logger, redisConnection, type AppConfig } from '@dsg/server-core';
import { MailSender } from '../notification/mail-sender.js';
import { ReportingTick } from './reporting-tick.js';

export type ScheduleMode = 'bullmq' | 'interval' | 'off';
const QUEUE = 'dsg-schedule';

/**
 * Runs the reporting tick daily at 00:05 Beijing time (and once at start-up) and the mail sender
 * every minute. In the worker these are BullMQ job schedulers (one run per slot however many
 * workers there are); a gateway running jobs in-process (no Redis) uses timers instead.
 */
@Injectable()
export class ReportingScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private queue: Queue | null = null;
  private worker: Worker | null = null;
  private timers: NodeJS.Timeout[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject('REPORTING_SCHEDULE') private readonly mode: ScheduleMode,
    private readonly tick: ReportingTick,
    private readonly mail: MailSender,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.mode === 'off') return;
    void this.run('reporting.tick');
    if (this.mode === 'interval') {
      this.timers.push(setInterval(() => void this.run('reporting.tick'), 6 * 3600_000), setInterval(() => void this.run('mail.send'), 60_000));
      return;
    }
    const connection = redisConnection(this.config.redisUrl);
    this.queue = new Queue(QUEUE, { connection, prefix: this.config.queuePrefix });
    await this.queue.upsertJobScheduler('reporting.tick', { pattern: '5 0 * * *', tz: 'Asia/Shanghai' }, { name: 'reporting.tick' });
    await this.queue.upsertJobScheduler('mail.send', { every: 60_000 }, { name: 'mail.send' });
    this.worker = new Worker(QUEUE, (job) => this.run(job.name), { connection, prefix: this.config.queuePrefix, concurrency: 1 });
  }

  async onApplicationShutdown(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    await this.worker?.close();
    await this.queue?.close();
  }

  private run(name: string): Promise<unknown> {
    const ctx = new RequestContext(`schedule-${randomUUID()}`, 'zh-CN', null);
    return RequestContext.run(ctx, async () => {
      try {
        const result = name === 'reporting.tick' ? await this.tick.run() : await this.mail.sendPending();
        logger().info({ job: name, result }, 'scheduled job done');
        return result;
      } catch (e) {
        logger().error({ err: e, job: name }, 'scheduled job failed');
        throw e;
      }
    });
  }
}
