// The board's query: filters, sort orders and keyset positions, the same for every store that answers it.
import * as z from 'zod';
import { externalIdSchema } from '../ids.ts';
import { type PilotSummary, waitingOnSchema } from '../lifecycle/board-summary.ts';
import { isoDate } from '../lifecycle/events.ts';
import { type Stage, stageSchema, stages } from '../lifecycle/stages.ts';

export const BOARD_PAGE_DEFAULT = 50;
export const BOARD_PAGE_MAX = 100;

export const boardSortSchema = z.enum(['updated', 'due', 'city', 'created'], {
  error: 'Sort by one of updated, due, city or created',
});
export type BoardSort = z.infer<typeof boardSortSchema>;

export const boardFilterSchema = z.strictObject({
  stage: stageSchema.optional(),
  cityId: externalIdSchema.optional(),
  verifierId: externalIdSchema.optional(),
  dueBefore: isoDate.optional(),
  waitingOn: waitingOnSchema.optional(),
  /** As the letter of intent names it, exactly. */
  region: z.string().trim().min(1).max(100).optional(),
});
export type BoardFilter = z.infer<typeof boardFilterSchema>;

/** A position is the sort key of the last pilot a page showed; the next page starts after it. */
export const positionSchema = z
  .string()
  .min(3)
  .max(400)
  .regex(/#[^#]+$/, 'Not a position in a list');

export interface BoardQuery {
  filter: BoardFilter;
  sort: BoardSort;
  limit: number;
  after?: string;
}

export interface BoardPage {
  pilots: PilotSummary[];
  /** Where the next page starts; absent on the last page. */
  last?: string;
}

/** Newest first for instants of change and creation; soonest first for deadlines; A to Z for names. */
export const descending: Record<BoardSort, boolean> = {
  updated: true,
  created: true,
  due: false,
  city: false,
};

/**
 * The key each sort order compares, ending in the pilot id so that no two pilots tie. The table's indexes use the
 * same keys, so a position is also where a query resumes. A pilot with no running deadline has no due key.
 */
export function sortKey(summary: PilotSummary, sort: BoardSort): string | undefined {
  const value = {
    updated: summary.updatedAt,
    created: summary.createdAt,
    due: summary.dueAt,
    city: summary.cityName.toLocaleLowerCase('en'),
  }[sort];
  return value === undefined ? undefined : `${value}#${summary.pilotId}`;
}

/** Whether a key comes after the position in the sort's direction (DynamoDB orders strings by code units). */
export function isAfter(key: string, position: string | undefined, sort: BoardSort): boolean {
  if (position === undefined) return true;
  return descending[sort] ? key < position : key > position;
}

export function matchesFilter(s: PilotSummary, f: BoardFilter): boolean {
  return (
    (!f.stage || s.stage === f.stage) &&
    (!f.cityId || s.cityId === f.cityId) &&
    (!f.verifierId || s.verifierId === f.verifierId) &&
    (!f.dueBefore || (s.dueAt !== undefined && s.dueAt < f.dueBefore)) &&
    (!f.waitingOn || s.waitingOn === f.waitingOn) &&
    (!f.region || s.region === f.region)
  );
}

/**
 * One page from candidates in any order: those that match and come after the position, sorted, cut to the limit.
 * Both stores end here, the in-memory one with every summary, DynamoDB with what its index queries returned.
 */
export function pageOf(candidates: PilotSummary[], query: BoardQuery): BoardPage {
  const keyed = candidates.flatMap((s) => {
    const key = sortKey(s, query.sort);
    return key !== undefined && matchesFilter(s, query.filter) && isAfter(key, query.after, query.sort)
      ? [{ s, key }]
      : [];
  });
  const sign = descending[query.sort] ? -1 : 1;
  keyed.sort((a, b) => (a.key < b.key ? -sign : a.key > b.key ? sign : 0));
  const shown = keyed.slice(0, query.limit);
  const more = keyed.length > query.limit;
  return { pilots: shown.map((k) => k.s), ...(more ? { last: shown.at(-1)?.key } : {}) };
}

/** Every stage at zero, for counters that have not been written yet. */
export const noStageCounts = (): Record<Stage, number> =>
  Object.fromEntries(stages.map((s) => [s, 0])) as Record<Stage, number>;
