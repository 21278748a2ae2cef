// No item a pilot writes can outgrow DynamoDB's 400 KB limit: a pilot in verification with every text at its schema
// maximum, in three-byte characters, on all 132 data points with the most queries each may have, its self-assessment,
// smart initiatives and case studies at their longest, measured item by
// item as DynamoDB counts them, on DynamoStore over dynalite.
import type { AddressInfo } from 'node:net';
import { DynamoDBClient, paginateScan } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoStore } from '../../adapters/aws/dynamo-store.ts';
import { toPilotView } from '../../api/responses.ts';
import { InvalidRequestError } from '../../core/errors.ts';
import { allDataPoints, kpiCatalogue } from '../../core/kpis/catalogue.ts';
import { MAX_CASE_STUDIES, MAX_CASE_STUDY_RESULTS } from '../../core/lifecycle/case-study-schemas.ts';
import { MAX_INITIATIVES } from '../../core/lifecycle/city-story.ts';
import type { CommandName } from '../../core/lifecycle/commands.ts';
import { type Pilot, replay } from '../../core/lifecycle/pilot.ts';
import { MAX_QUERIES_PER_DATA_POINT } from '../../core/lifecycle/verification-commands.ts';
import { maturityCharacteristics } from '../../core/template/maturity.ts';
import { getPilotDetail, pilotTimeline } from '../../core/use-cases/queries.ts';
import { runCommand } from '../../core/use-cases/run-command.ts';
import { type Item, itemBytes, MAX_ITEM_BYTES } from '../../local/aws-gateway/item-size.ts';
import { createTableIfMissing } from '../../local/emulators.ts';
import { historyTo, record } from '../support/histories.ts';
import { RecordingRunner, SettableClock } from '../support/memory-deps.ts';
import { city, letter, secretariat, verifier } from '../support/pilots.ts';

const LAMBDA_RESPONSE_BYTES = 6 * 1024 * 1024;

const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
let client: DynamoDBClient;
const tableName = 'bounded-items';

/** A text of `length` UTF-16 units, each three bytes in UTF-8: the most bytes a character-counted limit allows. */
const wide = (length: number) => '城'.repeat(length);
const dataPoints = allDataPoints().map((p) => p.id);
const REVIEWS_PER_BATCH = 40;

async function storedItemSizes(): Promise<{ key: string; bytes: number }[]> {
  const sizes: { key: string; bytes: number }[] = [];
  for await (const page of paginateScan({ client }, { TableName: tableName }))
    for (const item of (page.Items ?? []) as unknown as Item[])
      sizes.push({ key: `${item.pk?.S} / ${item.sk?.S}`, bytes: itemBytes(item) });
  return sizes.sort((a, b) => b.bytes - a.bytes);
}

let store: DynamoStore;
let pilot: Pilot;
const deps = () => ({
  pilots: store,
  runner: new RecordingRunner(),
  clock: new SettableClock('2026-10-01T09:00:00Z'),
});

async function run(command: CommandName, payload: unknown, actor = verifier): Promise<Pilot> {
  pilot = (await runCommand(deps(), { pilotId: pilot.pilotId, command, payload, actor, current: pilot }))
    .pilot;
  return pilot;
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  client = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    region: 'us-east-1',
    credentials: { accessKeyId: 'bounded', secretAccessKey: 'bounded' },
  });
  await createTableIfMissing(client, tableName);
  store = new DynamoStore(client, tableName);
  const longestLetter = {
    ...letter,
    cityName: wide(200),
    country: wide(100),
    region: wide(100),
    vision: wide(5000),
    initiatives: Array.from({ length: 20 }, () => wide(300)),
  };
  const history = historyTo('in_verification').map((e) =>
    e.type === 'LetterOfIntentSubmitted' ? { ...e, data: { ...e.data, letter: longestLetter } } : e,
  );
  pilot = await record(store, 'p-max', history, '2026-09-01T09:00:00.000Z');
}, 60_000);

afterAll(async () => {
  client.destroy();
  await new Promise((resolve) => server.close(resolve));
});

describe('a pilot at every schema maximum', () => {
  it('refuses a review batch too large to record as one event, and records nothing', async () => {
    const before = pilot.version;
    const items = dataPoints.map((dataPointId) => ({
      dataPointId,
      status: 'not_verified',
      note: wide(2000),
    }));

    await expect(run('reviewDataPoints', { items })).rejects.toThrow(InvalidRequestError);

    expect((await store.load(pilot.pilotId))?.version).toBe(before);
  });

  it('keeps every item under 400 KB with the longest review on every data point and every query each may have', async () => {
    for (let i = 0; i < dataPoints.length; i += REVIEWS_PER_BATCH) {
      const items = dataPoints
        .slice(i, i + REVIEWS_PER_BATCH)
        .map((dataPointId) => ({ dataPointId, status: 'not_verified', note: wide(2000) }));
      await run('reviewDataPoints', { items });
    }
    for (let round = 0; round < MAX_QUERIES_PER_DATA_POINT; round++) {
      for (const dataPointId of dataPoints) {
        const raised = await run('raiseQuery', { dataPointId, question: wide(5000) });
        const queryId = raised.verification!.queries.at(-1)!.queryId;
        await run('answerQuery', { queryId, text: wide(10_000) }, city);
      }
    }
    await run('logInterview', {
      date: '2026-10-01',
      mode: 'onsite',
      attendees: Array.from({ length: 50 }, () => wide(200)),
      topics: Array.from({ length: 50 }, () => wide(500)),
      notes: wide(10_000),
    });
    const evidence = wide(2000);
    await run(
      'submitSelfAssessment',
      {
        entries: maturityCharacteristics.map((c) => ({
          characteristicId: c.id,
          answer: { kind: 'level', level: 3 },
          evidence,
        })),
      },
      city,
    );
    const kpiIds = kpiCatalogue.kpis.slice(0, 20).map((kpi) => kpi.id);
    const sdgTargets = [...new Set(kpiCatalogue.kpis.flatMap((kpi) => kpi.sdgTargets))].slice(0, 20);
    const initiatives = Array.from({ length: MAX_INITIATIVES }, (_, i) => ({
      name: `${i}${wide(199)}`,
      description: wide(2000),
      kpiIds,
      sdgTargets,
    }));
    await run('recordInitiatives', { initiatives }, city);
    const caseStudy = {
      challenge: wide(3000),
      initiative: wide(3000),
      ict: wide(2000),
      results: kpiIds.slice(0, MAX_CASE_STUDY_RESULTS).map((kpiId) => ({ kpiId, outcome: wide(500) })),
      lessons: wide(3000),
      sdgTargets,
      characteristics: maturityCharacteristics.map((c) => c.id),
    };
    // Each its own title: the same text sent twice is one double click, recorded once.
    for (let n = 0; n < MAX_CASE_STUDIES; n++)
      await run('saveCaseStudy', { ...caseStudy, title: `${n}${wide(199)}` }, city);

    const sizes = await storedItemSizes();

    expect(sizes.length).toBeGreaterThan(dataPoints.length * (1 + 2 * MAX_QUERIES_PER_DATA_POINT));
    expect(sizes[0]!.bytes, `largest item: ${sizes[0]!.key}`).toBeLessThan(MAX_ITEM_BYTES);
    const head = sizes.find((s) => s.key.endsWith(' / STATE'))!;
    expect(head.bytes).toBeLessThan(MAX_ITEM_BYTES / 4);
    // The city's long texts are items of their own, not the head's.
    expect(sizes.some((s) => s.key.endsWith(' / STATE#SELF_ASSESSMENT'))).toBe(true);
    expect(sizes.some((s) => s.key.endsWith(' / STATE#INITIATIVES'))).toBe(true);
    expect(sizes.filter((s) => s.key.includes(' / STATE#CASE_STUDY#'))).toHaveLength(MAX_CASE_STUDIES);
  }, 300_000);

  it('loads that pilot whole, as its events fold', async () => {
    const loaded = await store.load(pilot.pilotId);

    expect(loaded).toEqual(replay(await store.events(pilot.pilotId)));
    expect(loaded?.verification?.queries).toHaveLength(dataPoints.length * MAX_QUERIES_PER_DATA_POINT);
    expect(Object.keys(loaded?.verification?.reviews ?? {})).toHaveLength(dataPoints.length);
  });

  it("serves that pilot's page under Lambda's 6 MB response limit, and its whole log a page at a time", async () => {
    const detail = await getPilotDetail(deps(), secretariat, pilot.pilotId);
    const response = { ...detail, pilot: toPilotView(detail.pilot, secretariat) };
    const all = await store.events(pilot.pilotId);
    const read = [...detail.timeline];
    for (let before = detail.olderBefore; before !== undefined; ) {
      const page = await pilotTimeline({ pilots: store }, secretariat, pilot.pilotId, { before });
      read.unshift(...page.timeline);
      before = page.olderBefore;
    }

    expect(Buffer.byteLength(JSON.stringify(all))).toBeGreaterThan(LAMBDA_RESPONSE_BYTES);
    expect(Buffer.byteLength(JSON.stringify(response))).toBeLessThan(LAMBDA_RESPONSE_BYTES);
    expect(read.map((e) => e.seq)).toEqual(all.map((e) => e.seq));
  });

  it('refuses one query more on a data point that has all it may have', async () => {
    await expect(
      run('raiseQuery', { dataPointId: dataPoints[0], question: 'One more question' }),
    ).rejects.toThrow(/already has 5 queries/);
  });
});
