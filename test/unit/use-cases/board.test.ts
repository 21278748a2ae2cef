// The board's use cases: pages narrowed to what each role may see, cursors bound to their query, and the counts.
import { describe, expect, it, vi } from 'vitest';
import { ForbiddenError, InvalidRequestError } from '../../../core/errors.ts';
import {
  type BoardRequest,
  boardCounts,
  boardPage,
  boardRequestSchema,
} from '../../../core/use-cases/board.ts';
import { encodeCursor } from '../../../core/use-cases/board-cursor.ts';
import { historyTo, record } from '../../support/histories.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { city, otherVerifier, secretariat, verifier } from '../../support/pilots.ts';

async function threePilots() {
  const deps = memoryDeps();
  await record(deps.pilots, 'pa', historyTo('data_collection'), '2026-03-01T10:00:00.000Z');
  await record(
    deps.pilots,
    'pb',
    historyTo('in_verification', { cityId: 'borealis' }),
    '2026-03-01T11:00:00.000Z',
  );
  await record(
    deps.pilots,
    'pc',
    historyTo('in_verification', { verifierId: otherVerifier.userId }),
    '2026-03-01T12:00:00.000Z',
  );
  return deps;
}
const ids = (answer: { pilots: { pilotId: string }[] }) => answer.pilots.map((p) => p.pilotId);
const request = (query: Record<string, string> = {}): BoardRequest => boardRequestSchema.parse(query);

describe('pages of pilots', () => {
  it('show a city only its own pilots, whatever city the filter names', async () => {
    const deps = await threePilots();

    expect(ids(await boardPage(deps, city, request()))).toEqual(['pc', 'pa']);
    expect(ids(await boardPage(deps, city, request({ cityId: 'borealis' })))).toEqual(['pc', 'pa']);
    expect(ids(await boardPage(deps, { ...city, cityId: undefined }, request()))).toEqual([]);
  });

  it('show a verifier only the pilots assigned to them, whatever verifier the filter names', async () => {
    const deps = await threePilots();

    expect(ids(await boardPage(deps, verifier, request()))).toEqual(['pb']);
    expect(ids(await boardPage(deps, verifier, request({ verifierId: otherVerifier.userId })))).toEqual([
      'pb',
    ]);
  });

  it('show the secretariat every pilot, filtered and sorted as asked', async () => {
    const deps = await threePilots();

    expect(ids(await boardPage(deps, secretariat, request()))).toEqual(['pc', 'pb', 'pa']);
    expect(
      ids(await boardPage(deps, secretariat, request({ stage: 'in_verification', cityId: 'aurora' }))),
    ).toEqual(['pc']);
    expect(ids(await boardPage(deps, secretariat, request({ sort: 'created' })))).toEqual(['pc', 'pb', 'pa']);
    expect(ids(await boardPage(deps, secretariat, request({ waitingOn: 'city' })))).toEqual(['pa']);
  });

  it('follow the next cursor to the last page, which has none', async () => {
    const deps = await threePilots();

    const first = await boardPage(deps, secretariat, request({ limit: '2' }));
    const second = await boardPage(deps, secretariat, request({ limit: '2', cursor: first.nextCursor! }));

    expect(ids(first)).toEqual(['pc', 'pb']);
    expect(ids(second)).toEqual(['pa']);
    expect(second.nextCursor).toBeUndefined();
  });

  it('hand out one frozen answer for a page the store hands out again, and another for another cursor', async () => {
    const deps = await threePilots();
    const cached = await deps.pilots.board({ filter: {}, sort: 'updated', limit: 2 });
    // A store that caches pages (adapters/aws/read-cache.ts) answers a repeated query with the same page object.
    vi.spyOn(deps.pilots, 'board').mockResolvedValue(cached);

    const first = await boardPage(deps, secretariat, request({ limit: '2' }));
    const again = await boardPage(deps, secretariat, request({ limit: '2' }));
    const otherQuery = await boardPage(deps, secretariat, request({ limit: '2', region: 'Asia' }));

    expect(again).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(otherQuery).not.toBe(first);
    expect(otherQuery.nextCursor).not.toBe(first.nextCursor);
  });

  it('refuse a cursor made for another filter or sort order, and one altered or made up', async () => {
    const deps = await threePilots();
    const { nextCursor } = await boardPage(
      deps,
      secretariat,
      request({ limit: '1', stage: 'in_verification' }),
    );
    const altered = `${nextCursor!.slice(0, -2)}xy`;
    const madeUp = encodeCursor('updated', {}, 'no position');

    for (const [query, message] of [
      [{ cursor: nextCursor! }, 'belongs to another sort order or filter'],
      [{ cursor: nextCursor!, stage: 'in_verification', sort: 'city' }, 'belongs to another'],
      [{ cursor: altered, stage: 'in_verification' }, 'is not one this API made'],
      [{ cursor: madeUp }, 'is not one this API made'],
      [{ cursor: 'not base64!' }, 'is not one this API made'],
    ] as const) {
      const refused = boardPage(deps, secretariat, request(query));
      await expect(refused).rejects.toThrow(InvalidRequestError);
      await expect(refused).rejects.toThrow(message);
    }
  });

  it('refuse a page size over 100 and a sort order they do not know, with what to ask instead', () => {
    const issues = (query: Record<string, string>) =>
      boardRequestSchema.safeParse(query).error?.issues.map((i) => i.message);

    expect(issues({ limit: '101' })).toEqual(['Ask for at most 100 pilots a page']);
    expect(issues({ limit: '0' })).toEqual(['Ask for at least 1 pilot a page']);
    expect(issues({ sort: 'stage' })).toEqual(['Sort by one of updated, due, city or created']);
    expect(request()).toEqual({ sort: 'updated', limit: 50 });
  });
});

describe('the board counts', () => {
  it('give the secretariat the pilots of each stage and the overdue ones', async () => {
    const deps = await threePilots();

    const counts = await boardCounts(deps, secretariat);

    expect(counts.stages).toMatchObject({ data_collection: 1, in_verification: 2, certified: 0 });
    expect(counts.overdue).toBe(0);
  });

  it('count the pilots due within the next two weeks apart from the overdue ones', async () => {
    const deps = await threePilots();
    // The clock stands at 2026-03-02 09:00.
    await record(
      deps.pilots,
      'pd',
      historyTo('data_collection', { dueAt: '2026-03-10T00:00:00.000Z' }),
      '2026-01-05T00:00:00.000Z',
    );
    await record(
      deps.pilots,
      'pe',
      historyTo('data_collection', { dueAt: '2026-03-01T00:00:00.000Z' }),
      '2026-01-06T00:00:00.000Z',
    );

    const counts = await boardCounts(deps, secretariat);

    expect(counts).toMatchObject({ overdue: 1, dueSoon: 1, dueSoonDays: 14 });
  });

  it('are the secretariat’s only', async () => {
    const deps = await threePilots();

    await expect(boardCounts(deps, city)).rejects.toThrow(ForbiddenError);
    await expect(boardCounts(deps, verifier)).rejects.toThrow(ForbiddenError);
  });
});
