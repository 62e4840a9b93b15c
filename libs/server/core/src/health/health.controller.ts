import { Controller, Get, HttpException, Inject } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { QUEUE_DRIVER, type QueueDriver } from '../queue/queue-driver.js';
import { BullMqDriver } from '../queue/bullmq.driver.js';

/** Liveness (the process answers) and readiness (PostgreSQL and Redis answer). Public, no data. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly orm: MikroORM,
    @Inject(QUEUE_DRIVER) private readonly driver: QueueDriver,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready() {
    const checks: Record<string, string> = {};
    checks.postgres = await this.orm.em
      .getConnection()
      .execute('select 1')
      .then(() => 'ok', (e: Error) => `down: ${e.message}`);
    if (this.driver instanceof BullMqDriver) {
      const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('down: no answer within 1 s'), 1000).unref());
      const probe = this.driver.queue.getJobCounts('waiting').then(() => 'ok', (e: Error) => `down: ${e.message}`);
      checks.redis = await Promise.race([probe, timeout]);
    } else {
      checks.redis = 'not configured (in-process queue)';
    }
    const ok = checks.postgres === 'ok' && (checks.redis === 'ok' || this.driver.kind === 'inline');
    if (!ok) throw new HttpException({ status: 'unavailable', checks }, 503);
    return { status: 'ok', checks };
  }
}
