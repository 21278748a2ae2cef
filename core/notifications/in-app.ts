// The in-app copy of a notification: what one inbox keeps of an e-mail (both languages, the pilot it links to), and
// whose inbox an actor reads.
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { ForbiddenError } from '../errors.ts';
import { mintedIdSchema, newId } from '../ids.ts';
import { notificationKindSchema } from './messages.ts';

/** A body's schema maximum: a message is a few sentences around a detail that is itself bounded by its command. */
export const MAX_BODY = 6000;
const MAX_SUBJECT = 300;

const textSchema = z.object({ subject: z.string().max(MAX_SUBJECT), body: z.string().max(MAX_BODY) });

export const inAppNotificationSchema = z.object({
  id: mintedIdSchema,
  at: z.iso.datetime({ offset: true }),
  kind: notificationKindSchema,
  pilotId: z.string().min(1).max(64),
  cityName: z.string().max(200),
  en: textSchema,
  zh: textSchema,
  readAt: z.iso.datetime({ offset: true }).optional(),
});
export type InAppNotification = z.infer<typeof inAppNotificationSchema>;

/** Ids sort as their time: newest first is descending key order, and an id is a page's resume position. */
export function newNotificationId(at: Date): string {
  return `n${String(at.getTime()).padStart(15, '0')}${newId('', 6)}`;
}

/**
 * Whose notifications an actor reads: a city's focal points share their city's inbox (the e-mails go to the city's
 * one contact address), every staff member and verifier has their own.
 */
export type InboxId = `city:${string}` | `user:${string}`;

export function inboxOf(actor: Actor): InboxId {
  if (actor.role === 'system') throw new ForbiddenError('The workflow engine has no inbox');
  if (actor.role === 'city') {
    if (!actor.cityId) throw new ForbiddenError('Your city account is not linked to a city');
    return `city:${actor.cityId}`;
  }
  return `user:${actor.userId}`;
}

/** Cuts a text to its schema maximum, so a long detail shortens the copy instead of losing it. */
export const bounded = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;
export const boundedText = (t: { subject: string; body: string }) => ({
  subject: bounded(t.subject, MAX_SUBJECT),
  body: bounded(t.body, MAX_BODY),
});
