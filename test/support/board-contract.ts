// The board's part of the store contract, run against both stores: pages of summaries (boundaries, limits, resuming
// at a position, every filter and sort order) and the stage counters kept with the projection.

import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { keys } from '../../adapters/aws/table-design.ts';
import type { NewEvent } from '../../core/lifecycle/events.ts';
import type { Stage } from '../../core/lifecycle/stages.ts';
import { type BoardFilter, type BoardQuery, noStageCounts } from '../../core/use-cases/board-query.ts';
import { historyTo, nextEvent, record } from './histories.ts';
import type { Store, StoreFixture } from './store-contract.ts';

type PathStage = Parameters<typeof historyTo>[0];
interface Seeded {
  id: string;
  stage: PathStage | 'withdrawn';
  cityId: string;
  cityName: string;
  verifierId?: string;
  dueAt?: string;
  /** The fixture's letter says Europe. */
  region?: string;
}

/** 14 pilots, each recorded on its own day so that creation and last change order them the same way. */
const seeded: Seeded[] = [
  ...Array.from({ length: 8 }, (_, n) => ({
    id: `pl${n}`,
    stage: 'loi_received' as const,
    cityId: `c${n}`,
    // Mixed case and order, so that the name order is neither the id order nor the creation order.
    cityName: ['delta', 'Alpha', 'echo', 'Bravo', 'golf', 'Charlie', 'foxtrot', 'Hotel'][n]!,
  })),
  {
    id: 'pd0',
    stage: 'data_collection',
    cityId: 'aurora',
    cityName: 'India',
    dueAt: '2026-06-03T00:00:00.000Z',
  },
  {
    id: 'pd1',
    stage: 'data_collection',
    cityId: 'aurora',
    cityName: 'India',
    dueAt: '2026-06-01T00:00:00.000Z',
  },
  {
    id: 'pd2',
    stage: 'data_collection',
    cityId: 'c9',
    cityName: 'Juliett',
    dueAt: '2026-06-02T00:00:00.000Z',
    region: 'Asia',
  },
  {
    id: 'pv0',
    stage: 'in_verification',
    cityId: 'c9',
    cityName: 'Juliett',
    verifierId: 'verifier',
    region: 'Asia',
  },
  { id: 'pv1', stage: 'verifier_assigned', cityId: 'aurora', cityName: 'India', verifierId: 'verifier2' },
  { id: 'pw0', stage: 'withdrawn', cityId: 'aurora', cityName: 'India' },
];

function historyOf(p: Seeded): NewEvent[] {
  const events: NewEvent[] =
    p.stage === 'withdrawn'
      ? [...historyTo('loi_received', p), { type: 'PilotWithdrawn', data: { reason: 'No budget' } }]
      : historyTo(p.stage, p);
  const [first, ...rest] = events;
  if (first?.type !== 'LetterOfIntentSubmitted') throw new Error('A history starts with a letter');
  return [
    {
      ...first,
      data: {
        ...first.data,
        letter: { ...first.data.letter, cityName: p.cityName, ...(p.region ? { region: p.region } : {}) },
      },
    },
    ...rest,
  ];
}

const dayOf = (n: number) => `2026-03-${String(n + 1).padStart(2, '0')}T10:00:00.000Z`;

/** Every page of a query, followed from position to position; also how many pilots each page held. */
async function allPages(store: Store, query: Omit<BoardQuery, 'after'>) {
  const sizes: number[] = [];
  const ids: string[] = [];
  let after: string | undefined;
  do {
    const page = await store.board({ ...query, after });
    sizes.push(page.pilots.length);
    ids.push(...page.pilots.map((p) => p.pilotId));
    after = page.last;
  } while (after && sizes.length < 50);
  return { ids, sizes };
}

const byDay = (wanted: (p: Seeded) => boolean) => seeded.filter(wanted).map((p) => p.id);
const newestFirst = (wanted: (p: Seeded) => boolean = () => true) => byDay(wanted).reverse();

export function describeBoardContract(name: string, fixture: () => Promise<StoreFixture>) {
  describe(`${name}: the board's pages`, () => {
    let store: Store;
    beforeAll(async () => {
      store = (await fixture()).store;
      for (const [n, p] of seeded.entries()) await record(store, p.id, historyOf(p), dayOf(n));
    });
    const pages = (filter: BoardFilter, sort: BoardQuery['sort'] = 'updated', limit = 3) =>
      allPages(store, { filter, sort, limit });

    it('pages through every pilot newest change first, each page full but the last', async () => {
      const { ids, sizes } = await pages({}, 'updated', 4);

      expect(ids).toEqual(newestFirst());
      expect(sizes).toEqual([4, 4, 4, 2]);
    });

    it('ends at a page that holds exactly the rest, and gives no position after the last pilot', async () => {
      const all = await store.board({ filter: {}, sort: 'updated', limit: seeded.length });
      const allButOne = await store.board({ filter: {}, sort: 'updated', limit: seeded.length - 1 });

      expect(all.pilots).toHaveLength(seeded.length);
      expect(all.last).toBeUndefined();
      expect(allButOne.last).toBeDefined();
      expect((await pages({}, 'updated', 7)).sizes).toEqual([7, 7]);
    });

    it('resumes after the position it gave', async () => {
      const first = await store.board({ filter: {}, sort: 'city', limit: 2 });
      const second = await store.board({ filter: {}, sort: 'city', limit: 2, after: first.last });

      expect(first.pilots.map((p) => p.cityName)).toEqual(['Alpha', 'Bravo']);
      expect(second.pilots.map((p) => p.cityName)).toEqual(['Charlie', 'delta']);
    });

    it('sorts by city name from A to Z whatever the case, by creation newest first, by deadline soonest first', async () => {
      const names = (await pages({}, 'city')).ids.map((id) => seeded.find((p) => p.id === id)!.cityName);

      expect(names).toEqual(
        [...seeded.map((p) => p.cityName)].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
      );
      expect((await pages({}, 'created')).ids).toEqual(newestFirst());
      expect((await pages({}, 'due', 2)).ids).toEqual(['pd1', 'pd2', 'pd0', 'pv0']);
    });

    it('filters by stage, city, verifier, deadline, whom the pilot waits on and region, in any sort order', async () => {
      expect((await pages({ stage: 'loi_received' })).ids).toEqual(
        newestFirst((p) => p.stage === 'loi_received'),
      );
      expect((await pages({ cityId: 'aurora' }, 'created', 2)).ids).toEqual(['pw0', 'pv1', 'pd1', 'pd0']);
      expect((await pages({ cityId: 'aurora' }, 'due', 1)).ids).toEqual(['pd1', 'pd0']);
      expect((await pages({ verifierId: 'verifier' })).ids).toEqual(['pv0']);
      expect((await pages({ dueBefore: '2026-06-02T00:00:00.001Z' }, 'updated', 1)).ids).toEqual([
        'pd2',
        'pd1',
      ]);
      expect((await pages({ waitingOn: 'city' }, 'city', 1)).ids).toEqual(['pd0', 'pd1', 'pd2']);
      expect((await pages({ waitingOn: 'nobody' })).ids).toEqual(['pw0']);
      expect((await pages({ stage: 'data_collection', cityId: 'c9' }, 'city')).ids).toEqual(['pd2']);
      expect((await pages({ stage: 'certified' }, 'city')).ids).toEqual([]);
      expect((await pages({ region: 'Asia' }, 'updated', 1)).ids).toEqual(['pv0', 'pd2']);
      expect((await pages({ region: 'Asia', waitingOn: 'city' }, 'due')).ids).toEqual(['pd2']);
    });

    it('lists summaries, not whole pilots', async () => {
      const [summary] = (await store.board({ filter: { verifierId: 'verifier' }, sort: 'updated', limit: 1 }))
        .pilots;

      expect(summary).toMatchObject({
        pilotId: 'pv0',
        stage: 'in_verification',
        waitingOn: 'verifier',
        submissions: 1,
      });
      expect(summary).not.toHaveProperty('letter');
    });

    it('counts the pilots with a running deadline before an instant', async () => {
      expect(await store.countDueBefore('2026-06-02T00:00:00.001Z')).toBe(2);
      expect(await store.countDueBefore('2026-01-01T00:00:00.000Z')).toBe(0);
    });
  });

  describe(`${name}: pages over many pilots in several stages`, () => {
    it('merges the stage partitions a chunk at a time: every pilot once, newest change first, across pages', async () => {
      const { store } = await fixture();
      // The 14 newest pilots are all in one stage, so a page of 15 must read that stage past its first chunk.
      const stagesOf = ['loi_received', 'accepted', 'loi_received'] as const;
      const made: string[] = [];
      for (const [group, stage] of stagesOf.entries()) {
        for (let i = 0; i < 14; i++) {
          const id = `pm${group}-${String(i).padStart(2, '0')}`;
          const start = `2026-04-0${group + 1}T${String(i).padStart(2, '0')}:00:00.000Z`;
          await record(store, id, historyTo(stage), start);
          made.push(id);
        }
      }
      const all = (await allPages(store, { filter: {}, sort: 'updated', limit: 200 })).ids;

      const { ids, sizes } = await allPages(store, { filter: {}, sort: 'updated', limit: 15 });

      expect(all).toHaveLength(made.length);
      expect(ids).toEqual(all);
      expect(sizes).toEqual([15, 15, 12]);
    });
  });

  describe(`${name}: the stage counters`, () => {
    let f: StoreFixture;
    beforeEach(async () => {
      f = await fixture();
    });
    const counts = (moved: Partial<Record<Stage, number>>) => ({ ...noStageCounts(), ...moved });

    it('counts each pilot once, in the stage it is in now', async () => {
      await record(f.store, 'pa', historyTo('data_collection'), dayOf(0));
      await record(f.store, 'pb', historyTo('loi_received'), dayOf(1));
      await record(f.store, 'pc', historyTo('loi_received'), dayOf(2));

      expect(await f.store.stageCounts()).toEqual(counts({ data_collection: 1, loi_received: 2 }));
    });

    it('moves nothing for a late projection of an older version, nor for a change within a stage', async () => {
      const pilot = await record(f.store, 'pa', historyTo('loi_received'), dayOf(0));
      const late = f.heldWriter();
      const lateAppend = late.store.append(
        pilot,
        nextEvent('pa', pilot, { type: 'LetterOfIntentAccepted', data: {} }, dayOf(1)),
      );
      await late.held;
      await record(f.store, 'pa', historyTo('data_collection').slice(3), dayOf(2));
      late.release();
      await lateAppend;
      await record(f.store, 'pa', [{ type: 'VerificationModeChosen', data: { mode: 'remote' } }], dayOf(3));

      expect(await f.store.stageCounts()).toEqual(counts({ data_collection: 1 }));
    });

    it('corrects a counter that drifted from its stage, and only that one', async () => {
      await record(f.store, 'pa', historyTo('data_collection'), dayOf(0));
      await record(f.store, 'pb', historyTo('loi_received'), dayOf(1));
      // A writer that stopped between its head put and its counter move left the data collection counter at 3.
      await f.putItem({
        pk: keys.stageCounts,
        sk: keys.stage('data_collection'),
        schemaVersion: 1,
        stage: 'data_collection',
        pilots: 3,
      });

      const corrected = await f.store.recountStages();

      expect(corrected).toEqual(['data_collection']);
      expect(await f.store.stageCounts()).toEqual(counts({ data_collection: 1, loi_received: 1 }));
      expect(await f.store.recountStages()).toEqual([]);
    });
  });
}
