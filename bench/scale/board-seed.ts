// The board benchmark's pilots, written straight into the store as real event logs: a realistic mix of stages, with
// one pilot in forty carrying full verification data (a review of every data point and open queries).
import { allDataPoints } from '../../core/kpis/catalogue.ts';
import type { NewEvent } from '../../core/lifecycle/events.ts';
import type { PilotRepository } from '../../core/use-cases/ports.ts';
import { historyTo, record } from '../../test/support/histories.ts';
import { letter } from '../../test/support/pilots.ts';

const regions = ['Europe', 'Asia', 'Africa', 'Americas', 'Oceania', 'Middle East'];
/** Pilots written at once: enough to keep the store busy, few enough to leave it responsive. */
const PARALLEL = 8;
const DAY = 86_400_000;

const fullVerification: NewEvent[] = [
  {
    type: 'DataPointsReviewed',
    data: { items: allDataPoints().map((p) => ({ dataPointId: p.id, status: 'accepted' as const })) },
  },
  ...['EC.ICT.ICT.1C', 'EN.EQ.AQ.1C'].map(
    (dataPointId, i): NewEvent => ({
      type: 'QueryRaised',
      data: {
        queryId: `q${i}`,
        dataPointId,
        question: 'Which survey gave this figure?',
        dueAt: '2027-01-15T00:00:00.000Z',
      },
    }),
  ),
];

/** The events of the i-th pilot: one in five just wrote, a third collect data, the rest are further on or out. */
export function boardHistory(i: number): NewEvent[] {
  const cityId = `city-${i}`;
  const dueAt = new Date(Date.parse('2027-01-01T00:00:00.000Z') + (i % 180) * DAY).toISOString();
  const slot = i % 20;
  const events =
    slot < 4
      ? historyTo('loi_received', { cityId })
      : slot < 6
        ? historyTo('accepted', { cityId })
        : slot < 13
          ? historyTo('data_collection', { cityId, dueAt })
          : slot < 15
            ? historyTo('validated', { cityId, dueAt })
            : slot < 17
              ? historyTo('verifier_assigned', { cityId, dueAt, verifierId: `verifier-${i % 30}` })
              : slot < 19
                ? [
                    ...historyTo('in_verification', { cityId, dueAt, verifierId: `verifier-${i % 30}` }),
                    ...(i % 40 === 17 ? fullVerification : []),
                  ]
                : [
                    ...historyTo('data_collection', { cityId, dueAt }),
                    { type: 'PilotWithdrawn', data: { reason: 'No budget this year' } },
                  ];
  const named = {
    ...letter,
    cityName: `City ${String(i).padStart(5, '0')}`,
    region: regions[i % regions.length],
  };
  return events.map((e) =>
    e.type === 'LetterOfIntentSubmitted' ? { ...e, data: { ...e.data, letter: named } } : e,
  ) as NewEvent[];
}

export async function seedBoard(pilots: PilotRepository, count: number): Promise<void> {
  const start = Date.parse('2026-06-01T00:00:00.000Z');
  for (let i = 0; i < count; i += PARALLEL) {
    await Promise.all(
      Array.from({ length: Math.min(PARALLEL, count - i) }, (_, k) =>
        record(
          pilots,
          `board-${i + k}`,
          boardHistory(i + k),
          new Date(start + (i + k) * 60_000).toISOString(),
        ),
      ),
    );
  }
}
