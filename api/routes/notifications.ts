// The signed-in person's notification centre: the in-app copies of the e-mails they were sent.
import {
  markNotificationsRead,
  markReadSchema,
  notificationsPage,
  notificationsPageSchema,
  notificationsQuerySchema,
  unreadNotifications,
  unreadSchema,
} from '../../core/use-cases/notifications.ts';
import { route } from '../route.ts';

export const notificationRoutes = [
  route({
    method: 'get',
    path: '/notifications',
    summary: "A page of the caller's notifications, newest first, with the unread count",
    tag: 'notifications',
    query: notificationsQuerySchema,
    response: notificationsPageSchema,
    handle: ({ deps, actor, query }) => notificationsPage(deps, actor, query),
  }),
  route({
    method: 'get',
    path: '/notifications/unread',
    summary: "How many of the caller's notifications are unread",
    tag: 'notifications',
    response: unreadSchema,
    handle: ({ deps, actor }) => unreadNotifications(deps, actor),
  }),
  route({
    method: 'post',
    path: '/notifications/read',
    summary: "Marks the caller's notifications read (all must be theirs); answers the unread count",
    tag: 'notifications',
    body: markReadSchema,
    response: unreadSchema,
    handle: ({ deps, actor, body }) => markNotificationsRead(deps, actor, body),
  }),
];
