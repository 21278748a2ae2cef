// The secretariat's board and every role's list of pilots: pages of summaries, narrowed to what the caller may see.
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { ForbiddenError } from '../errors.ts';
import type { PilotSummary } from '../lifecycle/board-summary.ts';
import { DUE_SOON_DAYS } from '../lifecycle/deadlines.ts';
import type { Stage } from '../lifecycle/stages.ts';
import { decodeCursor, encodeCursor } from './board-cursor.ts';
import {
  BOARD_PAGE_DEFAULT,
  BOARD_PAGE_MAX,
  type BoardFilter,
  boardFilterSchema,
  boardSortSchema,
} from './board-query.ts';
import type { Clock, PilotRepository } from './ports.ts';

/** A page size in a query string: digits only, from 1 to the maximum, so a large page is refused, not clipped. */
const pageSize = z
  .string()
  .regex(/^[0-9]{1,9}$/, 'Give the page size as a whole number')
  .transform(Number)
  .pipe(
    z
      .number()
      .min(1, 'Ask for at least 1 pilot a page')
      .max(BOARD_PAGE_MAX, `Ask for at most ${BOARD_PAGE_MAX} pilots a page`),
  );

export const boardRequestSchema = boardFilterSchema.extend({
  sort: boardSortSchema.default('updated'),
  limit: pageSize.default(BOARD_PAGE_DEFAULT),
  cursor: z.string().max(4096).optional(),
});
export type BoardRequest = z.output<typeof boardRequestSchema>;

export interface BoardAnswer {
  pilots: PilotSummary[];
  nextCursor?: string;
}

/** Narrows the filter to what the role may see, whatever the caller asked for. */
export function visibleTo<F extends { cityId?: string; verifierId?: string }>(actor: Actor, filter: F): F {
  switch (actor.role) {
    case 'city':
      // A city account without a city sees nothing: no pilot has an empty city id.
      return { ...filter, cityId: actor.cityId ?? '\u0000' };
    case 'verifier':
      return { ...filter, verifierId: actor.userId };
    default:
      return filter;
  }
}

export async function boardPage(
  deps: { pilots: PilotRepository },
  actor: Actor,
  request: BoardRequest,
): Promise<BoardAnswer> {
  const { sort, limit, cursor, ...asked } = request;
  const filter: BoardFilter = asked;
  // The cursor is bound to the query as asked; the role narrows every page again, so a cursor can widen nothing.
  const after = cursor === undefined ? undefined : decodeCursor(cursor, sort, filter);
  const page = await deps.pilots.board({ filter: visibleTo(actor, filter), sort, limit, after });
  const nextCursor = page.last ? encodeCursor(sort, filter, page.last) : undefined;
  // A store that caches pages hands out the same page object to many readers: so does this, frozen, so that the
  // API serializes it once (api/route.ts).
  const answers = answersOf.get(page) ?? new Map<string, BoardAnswer>();
  answersOf.set(page, answers);
  const known = answers.get(nextCursor ?? '');
  if (known) return known;
  const answer = Object.freeze({ pilots: page.pilots, ...(nextCursor ? { nextCursor } : {}) });
  answers.set(nextCursor ?? '', answer);
  return answer;
}

const answersOf = new WeakMap<object, Map<string, BoardAnswer>>();

export interface BoardCounts {
  stages: Record<Stage, number>;
  /** Active pilots whose running deadline has passed. */
  overdue: number;
  /** Active pilots whose running deadline falls within the next `dueSoonDays` days. */
  dueSoon: number;
  dueSoonDays: number;
}

/** The board's totals for the secretariat, from the stage counters and the deadline index. */
export async function boardCounts(
  deps: { pilots: PilotRepository; clock: Clock },
  actor: Actor,
): Promise<BoardCounts> {
  if (actor.role !== 'secretariat' && actor.role !== 'system')
    throw new ForbiddenError('Only the secretariat sees the counts of every stage');
  const now = deps.clock.now();
  const soon = new Date(now.getTime() + DUE_SOON_DAYS * 86_400_000);
  // Two counts on the deadline index, nothing read back: those due before the window's end less the overdue ones.
  const [stages, overdue, dueBySoon] = await Promise.all([
    deps.pilots.stageCounts(),
    deps.pilots.countDueBefore(now.toISOString()),
    deps.pilots.countDueBefore(soon.toISOString()),
  ]);
  return { stages, overdue, dueSoon: dueBySoon - overdue, dueSoonDays: DUE_SOON_DAYS };
}
