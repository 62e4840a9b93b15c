import { Field, ID, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '@dsg/server-core';

@ObjectType('Notification', { description: '站内通知' })
export class NotificationType {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => String, { description: 'In the request\'s language.' }) title!: string;
  @Field(() => String, { description: 'In the request\'s language.' }) body!: string;
  @Field(() => String, { nullable: true, description: 'Admin route to open, e.g. /reports/<id>.' }) link!: string | null;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

export const NotificationConnection = connectionOf(NotificationType, 'Notification');
