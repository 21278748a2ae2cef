// The read side: one pilot with its timeline and next steps, stored validation results and their changes, and the
// score, each read only by those who may see the pilot.
import { describe, expect, it } from 'vitest';
import { ForbiddenError, NotFoundError, StoredDataError } from '../../../core/errors.ts';
import { defaultTargets } from '../../../core/scoring/default-targets.ts';
import { scoreSubmission } from '../../../core/scoring/score.ts';
import {
  getPilotDetail,
  latestScore,
  submissionChanges,
  submissionResults,
  visiblePilot,
} from '../../../core/use-cases/queries.ts';
import { idle } from '../../support/decision-cases.ts';
import { storeResults } from '../../support/files.ts';
import { historyTo, record } from '../../support/histories.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { city, otherCity, otherVerifier, pilotIn, secretariat, verifier } from '../../support/pilots.ts';
import { resultsWith } from '../scoring/fixtures.ts';

const validatedTwice = pilotIn('validated', {
  ...idle,
  submissions: [1, 2].map((version) => ({
    version,
    uploadId: `u${version}`,
    key: `submissions/v${version}`,
    size: 10,
    receivedAt: '2026-02-01T00:00:00.000Z',
    status: 'validated' as const,
    resultsKey: `results/v${version}.json`,
  })),
});

describe('one pilot', () => {
  it('is shown to its city, its verifier and the secretariat, and to nobody else', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(pilotIn('validated', idle));

    for (const reader of [city, verifier, secretariat])
      expect((await visiblePilot(deps, reader, pilotId)).pilotId).toBe(pilotId);
    await expect(visiblePilot(deps, otherCity, pilotId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(visiblePilot(deps, otherVerifier, pilotId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(visiblePilot(deps, secretariat, 'pnone')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('comes with its timeline, whom it waits on, and only the next steps that can succeed now', async () => {
    const deps = memoryDeps();
    await record(deps.pilots, 'pa', historyTo('loi_received'), '2026-03-01T10:00:00.000Z');

    const detail = await getPilotDetail(deps, secretariat, 'pa');

    expect(detail.pilot.stage).toBe('loi_received');
    expect(detail.timeline.map((e) => e.type)).toEqual(['LetterOfIntentSubmitted', 'LetterOfIntentChecked']);
    expect(detail.waiting).toEqual({ on: 'secretariat' });
    // No failure to retry, no deadline to agree or extend, no request to answer: none of those is offered.
    expect(detail.nextSteps.filter((s) => s.ready).map((s) => s.command)).toEqual([
      'acceptLetter',
      'declineLetter',
      'attachSignedLetter',
    ]);
  });
});

describe('validation results', () => {
  it('are read from storage for a validated version', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(validatedTwice);
    const stored = { ...resultsWith({ 'EC.ICT.ICT.1C': 80 }, pilotId), version: 1 };
    await storeResults(deps.documents, 'results/v1.json', stored);

    expect(await submissionResults(deps, city, pilotId, 1)).toEqual(stored);
  });

  it('are empty for a version not validated yet, and not found for a version the pilot lacks', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(
      pilotIn('submitted', {
        ...idle,
        submissions: [{ ...validatedTwice.submissions[0]!, status: 'received', resultsKey: undefined }],
      }),
    );

    expect(await submissionResults(deps, city, pilotId, 1)).toEqual({
      version: 1,
      status: 'received',
      findings: [],
      results: [],
    });
    await expect(submissionResults(deps, city, pilotId, 2)).rejects.toThrow(
      'No submission version 2 for this pilot',
    );
  });

  it('that do not parse are refused with StoredDataError naming their key', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(validatedTwice);
    await deps.documents.put('results/v1.json', Buffer.from('{"pilotId": 1}'), 'application/json');
    await deps.documents.put('results/v2.json', Buffer.from('not json'), 'application/json');

    await expect(submissionResults(deps, city, pilotId, 1)).rejects.toMatchObject({
      name: 'StoredDataError',
      key: 'results/v1.json',
    });
    await expect(submissionResults(deps, city, pilotId, 2)).rejects.toThrow(
      new StoredDataError('results/v2.json', 'it is not JSON'),
    );
  });

  it('show what changed between two versions, data point by data point', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(validatedTwice);
    await storeResults(deps.documents, 'results/v1.json', resultsWith({ 'EC.ICT.ICT.1C': 80 }, pilotId));
    await storeResults(deps.documents, 'results/v2.json', resultsWith({ 'EC.ICT.ICT.1C': 85 }, pilotId));

    expect(await submissionChanges(deps, verifier, pilotId, 1, 2)).toEqual({
      from: 1,
      to: 2,
      changes: [
        {
          dataPointId: 'EC.ICT.ICT.1C',
          change: 'changed',
          before: { value: 80, status: 'reported' },
          after: { value: 85, status: 'reported' },
        },
      ],
    });
  });
});

describe('the score', () => {
  it('is the one stored with the latest report', async () => {
    const deps = memoryDeps();
    const older = {
      ...scoreSubmission(resultsWith({ 'EC.ICT.ICT.1C': 50 }), defaultTargets),
      datasetVersion: 1,
    };
    const newer = {
      ...scoreSubmission(resultsWith({ 'EC.ICT.ICT.1C': 90 }), defaultTargets),
      datasetVersion: 2,
    };
    const score = (key: string) => ({
      kind: 'score',
      key,
      contentType: 'application/json',
      createdAt: '2026-03-01T00:00:00.000Z',
    });
    const { pilotId } = await deps.pilots.seed(
      pilotIn('reported', { ...idle, documents: [score('s1.json'), score('s2.json')] }),
    );
    await deps.documents.put('s1.json', Buffer.from(JSON.stringify(older)), 'application/json');
    await deps.documents.put('s2.json', Buffer.from(JSON.stringify(newer)), 'application/json');

    expect(await latestScore(deps, city, pilotId)).toEqual(newer);
  });

  it('is not found before the report, with the reason', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(pilotIn('validated', idle));

    await expect(latestScore(deps, city, pilotId)).rejects.toThrow(
      'This pilot has no score yet: it comes with the verification report',
    );
  });
});
