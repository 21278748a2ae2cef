// The agreed deadline of a pilot: the proposed collection period, who confirmed the date in force, the extensions
// granted within the programme's cap and a city's or verifier's pending request; folded from the deadline events.
import * as z from 'zod';
import { collectionMonthsSchema, deadlineKindSchema, isoDate, type PilotEvent } from './events.ts';

/** At most this many days may be added to one deadline (submission or verification) by extensions, in total. */
export const EXTENSION_CAP_DAYS = 90;
/** A running deadline this close (in days) is due soon: the board counts it and the portal marks it. */
export const DUE_SOON_DAYS = 14;
const DAY_MS = 86_400_000;

const byWhom = { userId: z.string(), role: z.string(), at: isoDate };

export const deadlineViewSchema = z.object({
  /** The collection period proposed at acceptance; absent: the programme's default applies at issuance. */
  proposedMonths: collectionMonthsSchema.optional(),
  confirmations: z.array(z.object({ ...byWhom, dueAt: isoDate, kind: deadlineKindSchema })),
  agreement: z.object({ ...byWhom, dueAt: isoDate, kind: deadlineKindSchema, reason: z.string() }).optional(),
  extensions: z.array(
    z.object({
      ...byWhom,
      kind: deadlineKindSchema,
      fromDueAt: isoDate,
      toDueAt: isoDate,
      reason: z.string(),
      requestId: z.string().optional(),
    }),
  ),
  /** A request for more time that awaits the secretariat's answer. */
  request: z
    .object({
      ...byWhom,
      requestId: z.string(),
      kind: deadlineKindSchema,
      dueAt: isoDate,
      reason: z.string(),
    })
    .optional(),
});
export type DeadlineView = z.infer<typeof deadlineViewSchema>;
type DeadlineKind = z.infer<typeof deadlineKindSchema>;

export const emptyDeadline = (): DeadlineView => ({ confirmations: [], extensions: [] });

/** Days already added to deadlines of this kind by extensions. */
export function extendedDays(view: DeadlineView | undefined, kind: DeadlineKind): number {
  const ms = (view?.extensions ?? [])
    .filter((e) => e.kind === kind)
    .reduce((sum, e) => sum + Date.parse(e.toDueAt) - Date.parse(e.fromDueAt), 0);
  return ms / DAY_MS;
}

/** Why moving a deadline of this kind from `from` to `to` is refused, if it is. */
export function extensionRefusal(
  view: DeadlineView | undefined,
  kind: DeadlineKind,
  from: string,
  to: string,
): string | undefined {
  if (Date.parse(to) <= Date.parse(from)) return `The new deadline must be after ${from}`;
  const used = extendedDays(view, kind);
  const asked = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  if (used + asked > EXTENSION_CAP_DAYS)
    return `Extensions of the ${kind} deadline may add at most ${EXTENSION_CAP_DAYS} days in total; ${Math.round(used)} are used and this asks for ${Math.ceil(asked)}`;
  return undefined;
}

/** Who agreed to the deadline in force: the secretariat's record, or the city's and the verifier's confirmations. */
export function deadlineAgreement(pilot: { dueAt?: string; verifierId?: string; deadline?: DeadlineView }): {
  agreed: boolean;
  confirmedBy: string[];
} {
  const view = pilot.deadline;
  if (!pilot.dueAt || !view) return { agreed: false, confirmedBy: [] };
  const confirmedBy = view.confirmations.filter((c) => c.dueAt === pilot.dueAt).map((c) => c.role);
  const recorded = view.agreement?.dueAt === pilot.dueAt;
  const verifierDone = !pilot.verifierId || confirmedBy.includes('verifier');
  return { agreed: recorded || (confirmedBy.includes('city') && verifierDone), confirmedBy };
}

/** Folds one event into the deadline view; events that do not concern deadlines leave it as it is. */
export function foldDeadline(view: DeadlineView | undefined, event: PilotEvent): DeadlineView | undefined {
  const current = view ?? emptyDeadline();
  const who = { userId: event.actor.userId, role: event.actor.role, at: event.at };
  switch (event.type) {
    case 'LetterOfIntentAccepted':
      return event.data.collectionMonths ? { ...current, proposedMonths: event.data.collectionMonths } : view;
    case 'DeadlineConfirmed':
      return { ...current, confirmations: [...current.confirmations, { ...who, ...event.data }] };
    case 'DeadlineAgreementRecorded':
      return { ...current, agreement: { ...who, ...event.data } };
    case 'ExtensionRequested':
      return { ...current, request: { ...who, ...event.data } };
    case 'ExtensionDeclined':
      return { ...current, request: undefined };
    case 'DeadlineExtended': {
      const { fromDueAt, kind, dueAt, reason, requestId } = event.data;
      // Extensions recorded before the cap carry no origin; they count for nothing against it.
      const extension =
        fromDueAt && kind ? [{ ...who, kind, fromDueAt, toDueAt: dueAt, reason, requestId }] : [];
      return {
        ...current,
        extensions: [...current.extensions, ...extension],
        request: requestId ? undefined : current.request,
      };
    }
    default:
      return view;
  }
}
