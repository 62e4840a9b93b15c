import type { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext } from '@dsg/server-core';

/** The acting user's display name, kept on timeline rows (readers may not see the user table). */
export async function actorName(em: EntityManager): Promise<string> {
  const userId = RequestContext.current().requireActor().userId;
  const [row] = await em.execute<{ display_name: string }[]>('select display_name from user_account where id = ?', [userId]);
  return row?.display_name ?? userId;
}
