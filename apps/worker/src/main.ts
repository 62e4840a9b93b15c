import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { JobRegistry, NestPinoLogger, loadConfig, logger } from '@dsg/server-core';
import { WorkerModule } from './worker.module.js';

async function main(): Promise<void> {
  process.env.DSG_SERVICE ??= 'worker';
  const config = loadConfig();
  if (!config.redisUrl) throw new Error('REDIS_URL is required for the worker (without Redis the gateway runs jobs in-process)');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: new NestPinoLogger() });
  app.enableShutdownHooks();
  logger().info({ jobs: app.get(JobRegistry).names() }, 'worker ready');
}

main().catch((e: unknown) => {
  logger().fatal({ err: e }, 'worker failed to start');
  process.exit(1);
});
