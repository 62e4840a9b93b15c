import { Module, type DynamicModule, type OnApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { MAIN_QUEUE } from '@dsg/contracts';
import { BullMqDriver, redisConnection } from './bullmq.driver.js';
import { InlineDriver } from './inline.driver.js';
import { JobRunner } from './job-runner.js';
import { MainQueueProcessor } from './main-queue.processor.js';
import { QUEUE_DRIVER, type QueueDriver } from './queue-driver.js';
import { QueueService } from './queue.service.js';

@Injectable()
class DriverLifecycle implements OnApplicationShutdown {
  constructor(@Inject(QUEUE_DRIVER) private readonly driver: QueueDriver) {}
  async onApplicationShutdown(): Promise<void> {
    await this.driver.close();
  }
}

export interface QueueModuleOptions {
  /** Empty: in-process driver (start command without Redis). */
  redisUrl: string;
  queuePrefix: string;
  /** True in the worker: also consume the queue. */
  consume: boolean;
}

/** Queue wiring: BullMQ (via @nestjs/bullmq) when Redis is configured, else the in-process driver. */
@Module({})
export class QueueModule {
  static forRoot(opts: QueueModuleOptions): DynamicModule {
    if (!opts.redisUrl) {
      return {
        module: QueueModule,
        providers: [
          { provide: QUEUE_DRIVER, useFactory: (runner: JobRunner) => new InlineDriver(runner), inject: [JobRunner] },
          QueueService,
          DriverLifecycle,
        ],
        exports: [QueueService, QUEUE_DRIVER],
      };
    }
    return {
      module: QueueModule,
      imports: [
        BullModule.forRoot({ connection: redisConnection(opts.redisUrl), prefix: opts.queuePrefix }),
        BullModule.registerQueue({ name: MAIN_QUEUE }),
      ],
      providers: [
        { provide: QUEUE_DRIVER, useFactory: (queue: Queue) => new BullMqDriver(queue), inject: [getQueueToken(MAIN_QUEUE)] },
        QueueService,
        ...(opts.consume ? [MainQueueProcessor] : []),
      ],
      exports: [QueueService, QUEUE_DRIVER, BullModule],
    };
  }
}
