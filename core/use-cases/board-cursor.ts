// The opaque cursor of the board's pages: the position to resume after, bound to the query it was made for.
import * as z from 'zod';
import { InvalidRequestError } from '../errors.ts';
import {
  type BoardFilter,
  type BoardSort,
  boardFilterSchema,
  boardSortSchema,
  positionSchema,
} from './board-query.ts';

const cursorSchema = z.strictObject({
  v: z.literal(1),
  sort: boardSortSchema,
  filter: boardFilterSchema,
  after: positionSchema,
});

const MAX_CURSOR_CHARS = 2048;

/** A filter's fields in one order, without the absent ones, so equal filters compare equal whatever their origin. */
const canonical = (filter: BoardFilter) =>
  JSON.stringify(
    Object.entries(filter)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/**
 * base64url JSON, not signed: a cursor grants nothing, because the caller's role narrows every page again, so an
 * altered position can only move within what the caller may see. It is still parsed strictly, and refused when it
 * was made for another sort or filter, so a stale or forged cursor gets a clear 400 instead of a wrong page.
 */
export function encodeCursor(sort: BoardSort, filter: BoardFilter, after: string): string {
  return Buffer.from(JSON.stringify({ v: 1, sort, filter, after })).toString('base64url');
}

const refused = (why: string) =>
  new InvalidRequestError(`The cursor ${why}; ask for the first page again, without a cursor`);

export function decodeCursor(cursor: string, sort: BoardSort, filter: BoardFilter): string {
  if (cursor.length > MAX_CURSOR_CHARS || !/^[A-Za-z0-9_-]+$/.test(cursor))
    throw refused('is not one this API made');
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refused('is not one this API made');
  }
  const parsed = cursorSchema.safeParse(json);
  if (!parsed.success) throw refused('is not one this API made');
  if (parsed.data.sort !== sort || canonical(parsed.data.filter) !== canonical(filter))
    throw refused('belongs to another sort order or filter');
  return parsed.data.after;
}
