import 'reflect-metadata';
import express from 'express';
import cookieParser from 'cookie-parser';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestPinoLogger, TokenService, requestContextMiddleware, tokenLimitMiddleware, type AppConfig } from '@dsg/server-core';
import { AppModule, MAX_QUERY_TOKENS } from '../app.module.js';
import { mountQueueDashboard } from './queue-dashboard.js';
import { bodyErrorHandler } from './body-errors.js';

/** Builds the gateway with its middleware in order: context → cookies → body limits → GraphQL. */
export async function createGatewayApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new NestPinoLogger(),
    bodyParser: false,
    abortOnError: false,
  });
  app.set('trust proxy', 2);
  app.disable('x-powered-by');
  app.use(requestContextMiddleware(app.get(TokenService)));
  app.use(cookieParser());
  app.use(express.json({ limit: '2mb' }));
  app.use(bodyErrorHandler);
  app.use('/graphql', tokenLimitMiddleware(MAX_QUERY_TOKENS));
  await mountQueueDashboard(app);
  app.enableShutdownHooks();
  return app;
}
