// One specification of the pilot table's ports, run against each implementation (the in-memory stand-in and
// DynamoStore on dynalite, in test/integration/store-contract.test.ts), so the stand-in cannot drift from the real store.
import { beforeEach, describe, expect, it } from 'vitest';
import { keys } from '../../adapters/aws/table-design.ts';
import { ConcurrencyConflictError, StorageLimitError, StoredDataError } from '../../core/errors.ts';
import type { NewEvent } from '../../core/lifecycle/events.ts';
import { type Pilot, replay } from '../../core/lifecycle/pilot.ts';
import { defaultReadinessRules } from '../../core/readiness/rules.ts';
import type {
  CertificateRegistry,
  PilotRepository,
  ProgrammeTableRepository,
  UploadGrantRepository,
  VerifierRepository,
} from '../../core/use-cases/ports.ts';
import type { UploadGrant } from '../../core/use-cases/upload-grant.ts';
import { historyTo, nextEvent, record } from './histories.ts';
import type { Item } from './memory-table.ts';
import { letter, pilotIn } from './pilots.ts';

export type Store = PilotRepository &
  UploadGrantRepository &
  VerifierRepository &
  ProgrammeTableRepository &
  CertificateRegistry;

/** A second writer on the same table, held between its event put and its projection put until released. */
export interface HeldWriter {
  store: PilotRepository;
  /** Settles once the writer has put its event and waits to put the projection. */
  held: Promise<void>;
  release(): void;
}

export interface StoreFixture {
  store: Store;
  /** Writes an item into the table past the store, as an older or broken writer could have left it. */
  putItem(item: Item): Promise<void>;
  heldWriter(): HeldWriter;
}

/** The pause point of a held writer: `wait` is called where it would put the projection. */
export function projectionGate() {
  let reached = () => {};
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    held,
    release,
    wait: async () => {
      reached();
      await released;
    },
  };
}

const at = (time: string) => `2026-03-02T${time}:00.000Z`;
const ids = (pilots: Pilot[]) => pilots.map((p) => p.pilotId);

const grant: UploadGrant = {
  pilotId: 'pa',
  uploadId: 'u1',
  key: 'uploads/pa/u1.xlsx',
  purpose: 'submission',
  maxBytes: 1000,
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  issuedAt: at('10:00'),
  expiresAt: at('10:15'),
  issuedTo: 'aurora',
};

const targets = (version: number) => ({
  version,
  createdAt: at('10:00'),
  createdBy: 'secretariat',
  entries: [{ dataPointId: 'EC.ICT.ICT.1C', target: 100, unit: '%', source: 'SDG 9.c', illustrative: false }],
});

const verifier = (verifierId: string, name: string) => ({
  verifierId,
  name,
  email: `${verifierId}@u4ssc.test`,
  languages: ['en'],
  regions: [],
  modes: ['remote' as const],
  accreditation: '',
  conflicts: [],
  active: true,
});

const reviewed = (dataPointId: string): NewEvent => ({
  type: 'DataPointsReviewed',
  data: { items: [{ dataPointId, status: 'rejected', note: 'The source does not give this figure' }] },
});

const corrections = { errors: 0, warnings: 0, reported: 132, notReported: 0 };
const queryDue = '2026-04-01T00:00:00.000Z';

/** A pilot in verification with two queries, a review, a second submission and three documents. */
const withDetails: NewEvent[] = [
  ...historyTo('in_verification'),
  reviewed('EC.ICT.ICT.2C'),
  {
    type: 'QueryRaised',
    data: { queryId: 'q1', dataPointId: 'EC.ICT.ICT.2C', question: 'Which survey?', dueAt: queryDue },
  },
  { type: 'QueryAnswered', data: { queryId: 'q1', text: 'The 2025 household survey' } },
  { type: 'QueryClosed', data: { queryId: 'q1', resolution: 'Survey found' } },
  {
    type: 'QueryRaised',
    data: { queryId: 'q2', dataPointId: 'EC.ICT.ICT.1C', question: 'Which year?', dueAt: queryDue },
  },
  { type: 'SubmissionReceived', data: { version: 2, uploadId: 'u2', key: 'submissions/v2', size: 9 } },
  {
    type: 'ReportIssued',
    data: {
      documents: [
        { kind: 'report', key: 'reports/r.pdf', contentType: 'application/pdf' },
        { kind: 'annex', key: 'reports/a.pdf', contentType: 'application/pdf' },
      ],
    },
  },
];

export function describeStoreContract(name: string, fixture: () => Promise<StoreFixture>) {
  let f: StoreFixture;
  let store: Store;
  beforeEach(async () => {
    f = await fixture();
    store = f.store;
  });

  describe(`${name}: the pilot log`, () => {
    it('stores a new pilot from its first event and loads the fold of its events', async () => {
      const recorded = await record(store, 'pa', historyTo('data_collection'), at('10:00'));

      const loaded = await store.load('pa');
      const events = await store.events('pa');

      expect(loaded).toEqual(recorded);
      expect(loaded).toEqual(replay(events));
      expect(events.map((e) => [e.seq, e.type])).toEqual(
        historyTo('data_collection').map((e, i) => [i + 1, e.type]),
      );
    });

    it('gives an event back as it was appended', async () => {
      const first = nextEvent(
        'pa',
        undefined,
        { type: 'LetterOfIntentSubmitted', data: { cityId: 'aurora', letter } },
        at('10:00'),
      );

      await store.append(undefined, first);

      expect(await store.events('pa')).toEqual([first]);
    });

    it('reads the log backwards a page at a time, each within its byte budget, and the pages join up', async () => {
      await record(store, 'pa', historyTo('in_verification'), at('10:00'));
      const all = await store.events('pa');
      const budget = Math.max(...all.map((e) => Buffer.byteLength(JSON.stringify(e)))) * 3;

      const pages = [];
      let before: number | undefined;
      do {
        const page = await store.eventsPage('pa', before, budget);
        pages.unshift(page.events);
        before = page.olderBefore;
      } while (before !== undefined);

      expect(pages.length).toBeGreaterThan(1);
      expect(pages.flat()).toEqual(all);
      for (const page of pages)
        expect(page.reduce((sum, e) => sum + Buffer.byteLength(JSON.stringify(e)), 0)).toBeLessThanOrEqual(
          budget,
        );
      expect(await store.eventsPage('pa', undefined, 1_000_000)).toEqual({ events: all });
    });

    it('knows nothing of a pilot it never stored', async () => {
      expect(await store.load('pnone')).toBeUndefined();
      expect(await store.events('pnone')).toEqual([]);
      expect(await store.eventsPage('pnone', undefined, 1000)).toEqual({ events: [] });
    });

    it('refuses an event whose sequence number is taken with ConcurrencyConflictError, keeping the first', async () => {
      const pilot = await record(store, 'pa', historyTo('loi_received'), at('10:00'));
      await store.append(
        pilot,
        nextEvent('pa', pilot, { type: 'LetterOfIntentAccepted', data: {} }, at('11:00')),
      );

      const second = store.append(
        pilot,
        nextEvent('pa', pilot, { type: 'LetterOfIntentDeclined', data: { reason: 'Too late' } }, at('11:01')),
      );

      await expect(second).rejects.toThrow(ConcurrencyConflictError);
      expect((await store.events('pa')).at(-1)?.type).toBe('LetterOfIntentAccepted');
      expect((await store.load('pa'))?.stage).toBe('accepted');
    });

    it('keeps what it stored apart from the objects its callers hold', async () => {
      const first = nextEvent(
        'pa',
        undefined,
        { type: 'LetterOfIntentSubmitted', data: { cityId: 'aurora', letter: { ...letter } } },
        at('10:00'),
      );
      const returned = await store.append(undefined, first);

      returned.cityName = 'Changed by the caller';
      if (first.type === 'LetterOfIntentSubmitted') first.data.letter.cityName = 'Changed too';
      (await store.load('pa'))!.stage = 'withdrawn';

      const loaded = await store.load('pa');
      expect(loaded?.cityName).toBe('Aurora');
      expect(loaded?.stage).toBe('loi_received');
      expect((await store.events('pa'))[0]).toMatchObject({ data: { letter: { cityName: 'Aurora' } } });
    });

    it('folds in events written after the stored projection, which lists still show as stored', async () => {
      const pilot = await record(store, 'pa', historyTo('loi_received'), at('10:00'));
      const accepted = nextEvent('pa', pilot, { type: 'LetterOfIntentAccepted', data: {} }, at('11:00'));
      // A writer that stopped between its two puts: the event is there, the projection is not.
      await f.putItem({ pk: keys.pilot('pa'), sk: keys.event(3), schemaVersion: 1, event: accepted });

      const loaded = await store.load('pa');

      expect(loaded).toMatchObject({ stage: 'accepted', version: 3 });
      expect((await store.list({ stage: 'loi_received' })).map((p) => [p.pilotId, p.version])).toEqual([
        ['pa', 2],
      ]);
    });

    it('loads a view with every kind of detail whole: reviews, queries, submissions and documents', async () => {
      const recorded = await record(store, 'pa', withDetails, at('10:00'));

      const loaded = await store.load('pa');

      expect(loaded).toEqual(recorded);
      expect(loaded).toEqual(replay(await store.events('pa')));
      expect(loaded?.verification?.queries.map((q) => [q.queryId, q.status])).toEqual([
        ['q1', 'closed'],
        ['q2', 'open'],
      ]);
      expect(Object.keys(loaded?.verification?.reviews ?? {})).toEqual(['EC.ICT.ICT.2C']);
      expect(loaded?.documents.map((d) => d.kind)).toEqual(['report', 'annex']);
      expect(loaded?.submissions.map((v) => v.version)).toEqual([1, 2]);
    });

    it('rebuilds from the log a view whose writer stopped after its details and before its head', async () => {
      const pilot = await record(store, 'pa', withDetails, at('10:00'));
      const stopped = f.heldWriter();
      // An answer is not idempotent: folding it onto a detail that already holds it would count it twice.
      const answer: NewEvent = { type: 'QueryAnswered', data: { queryId: 'q2', text: 'The year 2025' } };
      void stopped.store.append(pilot, nextEvent('pa', pilot, answer, at('12:00')));
      await stopped.held;

      const loaded = await store.load('pa');

      expect(loaded).toEqual(replay(await store.events('pa')));
      expect(loaded?.verification?.queries[1]).toMatchObject({ status: 'answered', answers: 1 });
    });

    it('lets the next writer go on from a stopped one, and the stopped one’s late head changes nothing', async () => {
      const pilot = await record(store, 'pa', withDetails, at('10:00'));
      const late = f.heldWriter();
      const lateAppend = late.store.append(
        pilot,
        nextEvent('pa', pilot, reviewed('EC.ICT.ICT.3C'), at('12:00')),
      );
      await late.held;
      const seen = (await store.load('pa'))!;
      await store.append(seen, nextEvent('pa', seen, reviewed('EC.ICT.ICT.1C'), at('12:05')));

      late.release();
      await lateAppend;

      const loaded = await store.load('pa');
      expect(loaded).toEqual(replay(await store.events('pa')));
      expect(Object.keys(loaded?.verification?.reviews ?? {}).sort()).toEqual([
        'EC.ICT.ICT.1C',
        'EC.ICT.ICT.2C',
        'EC.ICT.ICT.3C',
      ]);
      expect((await store.list({ cityId: 'aurora' }))[0]).toEqual(loaded);
    });

    it('removes details the fold removed: reviews of data points a corrected workbook changed', async () => {
      const pilot = await record(store, 'pa', withDetails, at('10:00'));
      const corrected = nextEvent(
        'pa',
        pilot,
        {
          type: 'SubmissionValidated',
          data: {
            version: 2,
            summary: corrections,
            resultsKey: 'results/v002.json',
            changedDataPoints: ['EC.ICT.ICT.2C'],
          },
        },
        at('12:00'),
      );

      await store.append(pilot, corrected);

      const loaded = await store.load('pa');
      expect(loaded?.verification?.reviews).toEqual({});
      expect(loaded).toEqual(replay(await store.events('pa')));
      expect((await store.list({ cityId: 'aurora' }))[0]?.verification?.reviews).toEqual({});
    });

    it('refuses an event too large for one item with StorageLimitError, recording nothing', async () => {
      const pilot = await record(store, 'pa', historyTo('loi_received'), at('10:00'));
      const oversized = nextEvent(
        'pa',
        pilot,
        { type: 'LetterOfIntentDeclined', data: { reason: 'x'.repeat(410 * 1024) } },
        at('11:00'),
      );

      await expect(store.append(pilot, oversized)).rejects.toThrow(StorageLimitError);

      expect(await store.events('pa')).toHaveLength(pilot.version);
      expect(await store.load('pa')).toEqual(pilot);
    });

    it('never lets a late projection of an older version overwrite a newer one', async () => {
      const pilot = await record(store, 'pa', historyTo('loi_received'), at('10:00'));
      const late = f.heldWriter();
      const lateAppend = late.store.append(
        pilot,
        nextEvent('pa', pilot, { type: 'LetterOfIntentAccepted', data: {} }, at('11:00')),
      );
      await late.held;
      const seen = (await store.load('pa'))!;
      const issued = { templateId: 't1', key: 'templates/t1.xlsx', catalogueVersion: '1' };
      await store.append(seen, nextEvent('pa', seen, { type: 'TemplateIssued', data: issued }, at('11:05')));

      late.release();
      await lateAppend;

      expect(seen.version).toBe(3);
      expect((await store.load('pa'))?.version).toBe(4);
      expect((await store.list({ cityId: 'aurora' })).map((p) => p.version)).toEqual([4]);
    });
  });

  describe(`${name}: lists of pilots`, () => {
    beforeEach(async () => {
      await record(
        store,
        'pe',
        [...historyTo('data_collection'), { type: 'PilotWithdrawn', data: { reason: 'No budget' } }],
        at('08:00'),
      );
      await record(store, 'pc', historyTo('in_verification', { cityId: 'borealis' }), at('09:00'));
      await record(store, 'pa', historyTo('loi_received'), at('10:00'));
      await record(
        store,
        'pb',
        historyTo('data_collection', { dueAt: '2026-06-01T00:00:00.000Z' }),
        at('11:00'),
      );
      await record(
        store,
        'pd',
        historyTo('verifier_assigned', { cityId: 'borealis', verifierId: 'verifier2' }),
        at('12:00'),
      );
      await record(
        store,
        'pf',
        historyTo('data_collection', { cityId: 'borealis', dueAt: '2026-04-01T00:00:00.000Z' }),
        at('13:00'),
      );
    });

    it('lists one stage, newest change first', async () => {
      expect(ids(await store.list({ stage: 'data_collection' }))).toEqual(['pf', 'pb']);
      expect(ids(await store.list({ stage: 'certified' }))).toEqual([]);
    });

    it('lists every pilot without a filter, newest change first', async () => {
      expect(ids(await store.list({}))).toEqual(['pf', 'pd', 'pb', 'pa', 'pc', 'pe']);
    });

    it('lists a city’s pilots in every stage, the withdrawn one too, newest change first', async () => {
      expect(ids(await store.list({ cityId: 'aurora' }))).toEqual(['pb', 'pa', 'pe']);
    });

    it('lists the pilots of one verifier', async () => {
      expect(ids(await store.list({ verifierId: 'verifier' }))).toEqual(['pc']);
      expect(ids(await store.list({ verifierId: 'verifier2' }))).toEqual(['pd']);
    });

    it('lists the pilots due before an instant, not one due at it, newest change first', async () => {
      expect(ids(await store.list({ dueBefore: '2026-06-01T00:00:00.000Z' }))).toEqual(['pf']);
      expect(ids(await store.list({ dueBefore: '2026-06-01T00:00:00.001Z' }))).toEqual(['pf', 'pb']);
      expect(ids(await store.list({ dueBefore: '2027-01-01T00:00:00.000Z' }))).toEqual(['pf', 'pb', 'pc']);
    });

    it('applies every field of a combined filter', async () => {
      expect(ids(await store.list({ cityId: 'aurora', stage: 'data_collection' }))).toEqual(['pb']);
      expect(ids(await store.list({ verifierId: 'verifier', stage: 'verifier_assigned' }))).toEqual([]);
      expect(ids(await store.list({ cityId: 'borealis', dueBefore: '2026-05-01T00:00:00.000Z' }))).toEqual([
        'pf',
      ]);
      expect(
        ids(await store.list({ stage: 'in_verification', dueBefore: '2026-05-01T00:00:00.000Z' })),
      ).toEqual([]);
      expect(ids(await store.list({ cityId: 'borealis', verifierId: 'verifier2' }))).toEqual(['pd']);
    });

    it('orders pilots changed at the same instant as the queried index holds them', async () => {
      // Both changed last at 15:00; "pq" was created a minute before "pp".
      await record(
        store,
        'pq',
        [
          ...historyTo('data_collection', { cityId: 'civitas' }),
          { type: 'VerificationModeChosen', data: { mode: 'remote' } },
        ],
        at('14:55'),
      );
      await record(store, 'pp', historyTo('data_collection', { cityId: 'civitas' }), at('14:56'));

      expect(ids(await store.list({ cityId: 'civitas' }))).toEqual(['pq', 'pp']);
      expect(ids(await store.list({ stage: 'data_collection' })).slice(0, 2)).toEqual(['pp', 'pq']);
    });
  });

  describe(`${name}: pending stage runs`, () => {
    it('lists the pilots waiting for a stage run, the longest waiting first, until an event ends the run', async () => {
      await record(store, 'pa', historyTo('loi_received').slice(0, 1), at('10:00'));
      await record(store, 'pb', historyTo('accepted'), at('09:00'));
      await record(store, 'pc', historyTo('data_collection'), at('08:00'));
      const waiting = ids(await store.listWithPendingRuns());

      await record(store, 'pa', [{ type: 'LetterOfIntentChecked', data: { checks: [] } }], at('10:30'));

      expect(waiting).toEqual(['pb', 'pa']);
      expect((await store.listWithPendingRuns()).map((p) => [p.pilotId, p.pendingRun?.machine])).toEqual([
        ['pb', 'template-issuance'],
      ]);
    });
  });

  describe(`${name}: upload grants`, () => {
    it('gives a grant back as issued, unused', async () => {
      await store.putGrant(grant);

      expect(await store.getGrant('pa', 'u1')).toEqual(grant);
      expect(await store.getGrant('pa', 'u2')).toBeUndefined();
    });

    it('lets one object claim a grant, finds the same object claimed again, and refuses another', async () => {
      await store.putGrant(grant);

      const first = await store.claimGrant('pa', 'u1', { at: at('10:05'), objectTag: '"one"' });
      const again = await store.claimGrant('pa', 'u1', { at: at('10:06'), objectTag: '"one"' });
      const other = await store.claimGrant('pa', 'u1', { at: at('10:07'), objectTag: '"two"' });

      expect([first, again, other]).toEqual([
        'claimed',
        'claimed-by-this-object',
        'claimed-by-another-object',
      ]);
      expect(await store.getGrant('pa', 'u1')).toEqual({ ...grant, usedAt: at('10:05'), objectTag: '"one"' });
    });

    it('claims no grant it never issued', async () => {
      expect(await store.claimGrant('pa', 'u9', { at: at('10:05'), objectTag: '"one"' })).toBe(
        'claimed-by-another-object',
      );
      expect(await store.getGrant('pa', 'u9')).toBeUndefined();
    });

    it('refuses a second grant under the same upload id, keeping the first', async () => {
      await store.putGrant(grant);

      await expect(store.putGrant({ ...grant, key: 'uploads/pa/other.xlsx' })).rejects.toThrow();
      expect((await store.getGrant('pa', 'u1'))?.key).toBe(grant.key);
    });

    it('reads a grant stored before purposes and schema versions were recorded as a workbook upload', async () => {
      const { purpose: _, ...old } = grant;
      await f.putItem({ pk: keys.pilot('pa'), sk: keys.upload('u1'), grant: old, status: 'issued' });

      expect((await store.getGrant('pa', 'u1'))?.purpose).toBe('submission');
    });
  });

  describe(`${name}: verifiers`, () => {
    it('keeps verifiers, replaces one registered again, and lists them by id', async () => {
      await store.putVerifier(verifier('vb', 'Rosa'));
      await store.putVerifier(verifier('va', 'Li'));
      await store.putVerifier({ ...verifier('va', 'Li Wei'), active: false });

      expect((await store.listVerifiers()).map((v) => [v.verifierId, v.name, v.active])).toEqual([
        ['va', 'Li Wei', false],
        ['vb', 'Rosa', true],
      ]);
      expect(await store.getVerifier('vb')).toEqual(verifier('vb', 'Rosa'));
      expect(await store.getVerifier('vx')).toBeUndefined();
    });
  });

  describe(`${name}: programme tables`, () => {
    it('keeps every version, serves the newest as current and takes each version number once', async () => {
      const before = await store.currentTable('targets');

      const stored = [
        await store.putTable('targets', targets(1)),
        await store.putTable('targets', targets(2)),
      ];
      const again = await store.putTable('targets', { ...targets(1), createdBy: 'someone else' });

      expect(before).toBeUndefined();
      expect([...stored, again]).toEqual([true, true, false]);
      expect(await store.currentTable('targets')).toEqual(targets(2));
      expect(await store.tableVersion('targets', 1)).toEqual(targets(1));
      expect(await store.tableVersion('targets', 3)).toBeUndefined();
    });

    it('keeps each kind of table apart, each read against its own schema', async () => {
      await store.putTable('targets', targets(1));
      await store.putTable('readiness', { ...defaultReadinessRules, version: 2, createdBy: 'sec-1' });

      expect(await store.currentTable('readiness')).toEqual({
        ...defaultReadinessRules,
        version: 2,
        createdBy: 'sec-1',
      });
      expect(await store.tableVersion('readiness', 1)).toBeUndefined();
      expect(await store.currentTable('targets')).toEqual(targets(1));
    });
  });

  describe(`${name}: the certificate registry`, () => {
    it('finds the pilot of a registered certificate, and none for an unknown number', async () => {
      await store.registerCertificate('U4SSC-2026-AB12', 'pa');

      expect(await store.pilotOfCertificate('U4SSC-2026-AB12')).toBe('pa');
      expect(await store.pilotOfCertificate('U4SSC-2026-NONE')).toBeUndefined();
    });
  });

  describe(`${name}: items that do not parse`, () => {
    const broken: [what: string, item: Item, read: (s: Store) => Promise<unknown>][] = [
      [
        'a projection, read or listed',
        {
          pk: 'PILOT#px',
          sk: 'STATE',
          schemaVersion: 1,
          version: 1,
          view: { pilotId: 'px' },
          gsi1pk: 'STAGE#loi_received',
          gsi1sk: `${at('10:00')}#px`,
        },
        (s) => Promise.any([s.load('px'), s.list({ stage: 'loi_received' })]),
      ],
      [
        'a projection of a newer schema version',
        {
          pk: 'PILOT#px',
          sk: 'STATE',
          schemaVersion: 2,
          version: 5,
          view: pilotIn('loi_received', { pilotId: 'px' }),
        },
        (s) => s.load('px'),
      ],
      [
        'an event',
        { pk: 'PILOT#px', sk: 'EVENT#0000000001', schemaVersion: 1, event: { type: 'Nope' } },
        (s) => s.events('px'),
      ],
      [
        'a grant',
        { pk: 'PILOT#px', sk: 'UPLOAD#u1', grant: { pilotId: 'px' }, status: 'issued' },
        (s) => s.getGrant('px', 'u1'),
      ],
      [
        'a verifier, read or listed',
        {
          pk: 'VERIFIER#vx',
          sk: 'PROFILE',
          verifier: { verifierId: 'vx' },
          gsi4pk: 'VERIFIERS',
          gsi4sk: 'vx',
        },
        (s) => Promise.any([s.getVerifier('vx'), s.listVerifiers()]),
      ],
      [
        'a targets version',
        { pk: 'TARGETS', sk: 'V#000001', table: { version: 'one' } },
        (s) => Promise.any([s.currentTable('targets'), s.tableVersion('targets', 1)]),
      ],
      [
        'a readiness rules version',
        { pk: 'READINESS_RULES', sk: 'V#000002', table: { ...defaultReadinessRules, rules: [] } },
        (s) => Promise.any([s.currentTable('readiness'), s.tableVersion('readiness', 2)]),
      ],
      [
        'a certificate',
        { pk: 'CERTIFICATE#C1', sk: 'PROFILE', pilotId: '' },
        (s) => s.pilotOfCertificate('C1'),
      ],
    ];

    it.each(broken)('raise StoredDataError naming the key: %s', async (_, item, read) => {
      await f.putItem(item);

      const error = await read(store).then(
        () => undefined,
        (e: unknown) => (e instanceof AggregateError ? e.errors : [e]),
      );

      expect(error?.length).toBeGreaterThan(0);
      for (const e of error ?? []) {
        expect(e).toBeInstanceOf(StoredDataError);
        expect(e).toMatchObject({ key: `${item.pk} / ${item.sk}` });
      }
    });
  });
}
