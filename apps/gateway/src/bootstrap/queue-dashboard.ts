import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullMqDriver, QUEUE_DRIVER, RequestContext, type QueueDriver } from '@dsg/server-core';
import { AuthService, REFRESH_COOKIE } from '@dsg/server-identity';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Bull Board, for the platform operator only: the browser navigates here without a bearer token,
 * so the refresh-token cookie (httpOnly, SameSite=Strict) identifies the session; a bearer token
 * works too (API clients, tests).
 */
export async function mountQueueDashboard(app: NestExpressApplication): Promise<void> {
  const driver = app.get<QueueDriver>(QUEUE_DRIVER);
  const auth = app.get(AuthService);
  const guard = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const actor = RequestContext.current().actor;
      const cookie = (req as Request & { cookies?: Record<string, string> }).cookies?.[REFRESH_COOKIE];
      const role = actor?.role ?? (cookie ? await auth.roleOfRefreshCookie(cookie) : null);
      if (role === 'PLATFORM_OPERATOR') return next();
      res.status(role ? 403 : 401).json({ error: role ? 'FORBIDDEN' : 'UNAUTHENTICATED' });
    } catch (e) {
      next(e);
    }
  };
  if (!(driver instanceof BullMqDriver)) {
    app.use(QUEUE_DASHBOARD_PATH, guard, (_req: Request, res: Response) => {
      res.status(404).json({ error: 'NOT_FOUND', message: 'Queue dashboard needs Redis (jobs run in-process)' });
    });
    return;
  }
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: [new BullMQAdapter(driver.queue)], serverAdapter });
  app.use(QUEUE_DASHBOARD_PATH, guard, serverAdapter.getRouter());
}
