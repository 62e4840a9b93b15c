import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, PageArgs, RequestContext, type Connection } from '@dsg/server-core';
import { NotificationService } from './notification.service.js';
import { NotificationConnection, NotificationType } from './notification.type.js';
import type { Notification } from './notification.entity.js';

const localise = (n: Notification): NotificationType => {
  const lang = RequestContext.current().locale;
  return { id: n.id, kind: n.kind, title: n.title[lang], body: n.body[lang], link: n.link, readAt: n.readAt, createdAt: n.createdAt };
};

@Resolver(() => NotificationType)
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Authenticated()
  @Query(() => NotificationConnection, { description: 'The signed-in user\'s notifications, newest first.' })
  async notifications(@Args() args: PageArgs, @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean | null): Promise<Connection<NotificationType>> {
    const page = await this.service.list({ ...args, unreadOnly });
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: localise(e.node) })) };
  }

  @Authenticated()
  @Query(() => Int)
  unreadNotificationCount(): Promise<number> {
    return this.service.unreadCount();
  }

  @Authenticated()
  @Mutation(() => Int, { description: 'Marks notifications read (all unread ones when ids is empty); returns how many changed.' })
  markNotificationsRead(@Args('ids', { type: () => [ID] }) ids: string[]): Promise<number> {
    return this.service.markRead(ids);
  }
}
