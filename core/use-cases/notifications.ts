// The signed-in person's notification centre: a page of their inbox, the unread count, and marking notifications read.
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { NotFoundError } from '../errors.ts';
import { mintedIdSchema } from '../ids.ts';
import { parsePayload } from '../lifecycle/decide.ts';
import { inAppNotificationSchema, inboxOf } from '../notifications/in-app.ts';
import type { CoreDeps } from './deps.ts';

export const NOTIFICATIONS_PAGE_MAX = 50;

export const notificationsQuerySchema = z.strictObject({
  limit: z
    .string()
    .regex(/^[1-9][0-9]?$/, `A page holds 1 to ${NOTIFICATIONS_PAGE_MAX} notifications`)
    .transform(Number)
    .refine((n) => n <= NOTIFICATIONS_PAGE_MAX, `A page holds 1 to ${NOTIFICATIONS_PAGE_MAX} notifications`)
    .optional(),
  after: mintedIdSchema.optional(),
});

export const notificationsPageSchema = z.object({
  notifications: z.array(inAppNotificationSchema),
  unread: z.number().int().nonnegative(),
  /** Where the next page starts; absent on the last page. */
  after: z.string().optional(),
});
export const unreadSchema = z.object({ unread: z.number().int().nonnegative() });

export const markReadSchema = z.strictObject({
  ids: z.array(mintedIdSchema).min(1).max(NOTIFICATIONS_PAGE_MAX),
});

type InboxDeps = Pick<CoreDeps, 'inbox' | 'clock'>;

export async function notificationsPage(
  deps: InboxDeps,
  actor: Actor,
  query: z.infer<typeof notificationsQuerySchema>,
): Promise<z.infer<typeof notificationsPageSchema>> {
  const inbox = inboxOf(actor);
  const [page, unread] = await Promise.all([
    deps.inbox.page(inbox, { limit: query.limit ?? 20, after: query.after }),
    deps.inbox.unreadCount(inbox),
  ]);
  return { ...page, unread };
}

export async function unreadNotifications(deps: InboxDeps, actor: Actor) {
  return { unread: await deps.inbox.unreadCount(inboxOf(actor)) };
}

/** All named notifications must be the caller's, or nothing is marked. */
export async function markNotificationsRead(deps: InboxDeps, actor: Actor, body: unknown) {
  const inbox = inboxOf(actor);
  const { ids } = parsePayload(markReadSchema, body, 'mark notifications read');
  const unique = [...new Set(ids)];
  const found = await deps.inbox.get(inbox, unique);
  const missing = unique.filter((id) => !found.some((n) => n.id === id));
  if (missing.length > 0) throw new NotFoundError(`No notification ${missing.join(', ')} in your inbox`);
  await deps.inbox.markRead(inbox, unique, deps.clock.now().toISOString());
  return { unread: await deps.inbox.unreadCount(inbox) };
}
