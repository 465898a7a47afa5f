import { Arg, Args, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../common/connection.js';
import type { Context } from '../../common/context.js';
import { AllowAnyRole } from '../auth/access.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { MailPreference, User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { Notification } from './notification.entity.js';

@ObjectType()
export class NotificationConnection extends ConnectionType('Notification', Notification) {}

@Resolver(() => Notification)
export class NotificationResolver {
  @AllowAnyRole()
  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first." })
  async notifications(
    @Args() args: PageArgs,
    @Arg('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<NotificationConnection> {
    const page = await ctx.services.notifications.page(viewer, args, unreadOnly);
    return Object.assign(new NotificationConnection(), { page });
  }

  @AllowAnyRole()
  @Query(() => Int, { description: "How many of the viewer's notifications are unread." })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.notifications.unreadCount(viewer);
  }

  @AllowAnyRole()
  @Mutation(() => Int, {
    description: 'Marks these notifications (or, without ids, all) read; returns how many.',
  })
  markNotificationsRead(
    @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<number> {
    return ctx.services.notifications.markRead(viewer, ids);
  }

  @AllowAnyRole()
  @Mutation(() => User, { description: 'How the viewer wants notifications mailed: at once, daily, or not.' })
  setMailPreference(
    @Arg('preference', () => MailPreference) preference: MailPreference,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<User> {
    return ctx.services.notifications.setMailPreference(viewer, preference);
  }
}
