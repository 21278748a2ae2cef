// The certificate states exactly what was verified, walked through the API on the emulators: a data point the
// verifier rejected is not scored, a submission that reports nothing is refused certification with its unmet rules,
// the feedback workbook carries no formula the city typed, and the readiness rules are the secretariat's, versioned
// and recorded with each certification.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiCatalogue } from '../../core/kpis/catalogue.ts';
import type { Readiness } from '../../core/readiness/evaluate.ts';
import type { ReadinessRules } from '../../core/readiness/rules.ts';
import type { ScoreResult } from '../../core/scoring/score-result.ts';
import { dataPointCells, profileFieldRow, templateLayout } from '../../core/template/layout.ts';
import { loadWorkbook } from '../../core/xlsx.ts';
import type { Runtime } from '../../local/runtime.ts';
import {
  type Actors,
  acceptDraftAndIssue,
  acceptLetter,
  appointVerifier,
  certify,
  declaration,
  downloadTemplate,
  getPilot,
  sampleConclusion,
  signInAll,
  submitLetter,
  uploadWorkbook,
  waitForStage,
} from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { storedFormulas } from '../fixtures/workbook-formulas.ts';
import { failure } from '../support/failure.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';

const REJECTED = 'EC.ICT.ICT.1C';
const LINKED = 'EC.ICT.T.1C';

let runtime: Runtime;
let aurora: Actors;
let borealis: Actors;

/** The template with its profile filled and every data point left empty, each with the city's reason (`NR: …`). */
async function nothingReported(template: Buffer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const profile = workbook.getWorksheet(templateLayout.sheets.cityProfile)!;
  for (const field of kpiCatalogue.cityProfile) {
    const value = field.id === 'currency' ? 'EUR' : field.id === 'referenceYear' ? 2025 : 100_000;
    profile.getCell(`${templateLayout.cityProfile.columns.value}${profileFieldRow(field.id)}`).value = value;
  }
  const sheet = workbook.getWorksheet(templateLayout.sheets.dataPoints)!;
  for (const point of kpiCatalogue.kpis.flatMap((k) => k.dataPoints)) {
    sheet.getCell(dataPointCells(point.id)!.notes).value = 'NR: Not collected by the city in 2025';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The sample workbook with a live link typed where the city names its source. */
async function withLinkInSource(template: Buffer): Promise<Buffer> {
  const workbook = await loadWorkbook(await fillSampleWorkbook(template));
  workbook.getWorksheet(templateLayout.sheets.dataPoints)!.getCell(dataPointCells(LINKED)!.source).value = {
    formula: 'HYPERLINK("http://attacker.example/x","Annual statistical yearbook")',
    result: 'Annual statistical yearbook',
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The verifier takes the task, reviews what the dataset reports, concludes; the supervisor approves. */
async function verifyWith(
  actors: Actors,
  pilotId: string,
  review: (id: string) => { dataPointId: string; status: string; note?: string },
) {
  await actors.verifier.call('POST', `/pilots/${pilotId}/verification-response`, {
    decision: 'accept',
    ...declaration,
  });
  const pilot = await getPilot(actors.verifier, pilotId);
  const version = pilot.submissions.filter((s) => s.status === 'validated').at(-1)?.version;
  const { results } = await actors.verifier.call<{ results: { dataPointId: string; status: string }[] }>(
    'GET',
    `/pilots/${pilotId}/submissions/${version}`,
  );
  const items = results.filter((r) => r.status === 'reported').map((r) => review(r.dataPointId));
  if (items.length) await actors.verifier.call('POST', `/pilots/${pilotId}/reviews`, { items });
  await actors.verifier.call('POST', `/pilots/${pilotId}/conclusion`, sampleConclusion);
  await actors.supervisor.call('POST', `/pilots/${pilotId}/conclusion-decision`, { decision: 'approve' });
  return acceptDraftAndIssue(actors, pilotId);
}

async function collecting(actors: Actors, cityName: string): Promise<string> {
  const { pilotId } = await submitLetter(actors, cityName);
  await acceptLetter(actors, pilotId);
  await waitForStage(actors.city, pilotId, 'data_collection');
  return pilotId;
}

beforeAll(async () => {
  runtime = await startTestRuntime(tempDataDir());
  aurora = await signInAll(runtime.urls.portal, runtime.urls.inbox);
  borealis = await signInAll(runtime.urls.portal, runtime.urls.inbox, 'borealis');
}, 60_000);

afterAll(async () => {
  await runtime?.stop();
});

describe('a data point the verifier rejected', () => {
  let pilotId: string;

  beforeAll(async () => {
    pilotId = await collecting(aurora, 'Aurora');
    await uploadWorkbook(aurora, pilotId, await withLinkInSource(await downloadTemplate(aurora, pilotId)));
    await appointVerifier(aurora, pilotId);
    await verifyWith(aurora, pilotId, (dataPointId) =>
      dataPointId === REJECTED
        ? { dataPointId, status: 'rejected', note: 'The household survey behind it could not be traced' }
        : { dataPointId, status: 'accepted' },
    );
  }, 240_000);

  it("comes back to the city in its feedback workbook without the city's formula as a live one", async () => {
    const { url } = await aurora.city.call<{ url: string }>(
      'GET',
      `/pilots/${pilotId}/submissions/1/feedback-workbook`,
    );
    const feedback = await aurora.city.download(url);

    const sheet = (await loadWorkbook(feedback)).getWorksheet(templateLayout.sheets.dataPoints)!;
    expect(sheet.getCell(dataPointCells(LINKED)!.source).value).toBe('Annual statistical yearbook');
    expect((await storedFormulas(feedback)).filter((f) => f.text.includes('HYPERLINK'))).toEqual([]);
  });

  it('is not scored, and its category is scored without it', async () => {
    const score = await aurora.city.call<ScoreResult>('GET', `/pilots/${pilotId}/score`);

    expect(score.notScored).toContainEqual(
      expect.objectContaining({ kpiId: REJECTED, reason: 'not_verified' }),
    );
    expect(score.dataPoints.map((p) => p.kpiId)).not.toContain(REJECTED);
    expect(score.kpis.map((k) => k.kpiId)).not.toContain(REJECTED);
    const ict = score.categories.find((c) => c.path === 'EC.ICT.ICT');
    const scoredIct = score.kpis.filter((k) => k.kpiId.startsWith('EC.ICT.ICT.'));
    expect(ict?.scoredKpis).toBe(scoredIct.length);
  });

  it('leaves the pilot certifiable, and the certification records the rules version it met', async () => {
    const readiness = await aurora.city.call<Readiness>('GET', `/pilots/${pilotId}/readiness`);
    const certified = await certify(aurora, pilotId);
    const { timeline } = await aurora.secretariat.call<{ timeline: { type: string; data: unknown }[] }>(
      'GET',
      `/pilots/${pilotId}`,
    );

    expect(readiness).toMatchObject({ rulesVersion: 1, ready: true });
    expect(certified.stage).toBe('certified');
    expect(timeline.find((e) => e.type === 'CertificationRequested')?.data).toEqual({
      readinessRulesVersion: 1,
    });
  });
});

describe('a submission that reports nothing', () => {
  let pilotId: string;

  beforeAll(async () => {
    pilotId = await collecting(borealis, 'Borealis');
    await uploadWorkbook(borealis, pilotId, await nothingReported(await downloadTemplate(borealis, pilotId)));
  }, 240_000);

  it('shows the city its unmet rules from the first validated version', async () => {
    const readiness = await borealis.city.call<Readiness>('GET', `/pilots/${pilotId}/readiness`);

    expect(readiness.ready).toBe(false);
    expect(readiness.checks.filter((c) => !c.met).map((c) => c.kind)).toEqual([
      'reported_data_points',
      'core_kpis_verified_per_dimension',
      'conclusion_approved',
    ]);
  });

  it('is refused certification with its unmet rules, and nothing is recorded', async () => {
    await appointVerifier(borealis, pilotId);
    await verifyWith(borealis, pilotId, (dataPointId) => ({ dataPointId, status: 'accepted' }));
    const before = await getPilot(borealis.secretariat, pilotId);

    const refused = await failure(borealis.secretariat.call('POST', `/pilots/${pilotId}/certification`, {}));

    expect(refused?.status).toBe(409);
    const error = refused?.body.error as { details?: { unmet: { kind: string }[] } } | undefined;
    const details = error?.details;
    expect(details?.unmet.map((c) => c.kind)).toEqual([
      'reported_data_points',
      'core_kpis_verified_per_dimension',
    ]);
    const after = await getPilot(borealis.secretariat, pilotId);
    expect(after.stage).toBe('reported');
    expect(after.version).toBe(before.version);
  }, 240_000);
});

describe('the readiness rules', () => {
  it('are published by the secretariat only, versioned with their author, and held against every pilot', async () => {
    const rules = (await aurora.secretariat.call<{ rules: ReadinessRules }>('GET', '/readiness-rules')).rules;
    const stricter = rules.rules.map((r) => (r.kind === 'reported_data_points' ? { ...r, min: 200 } : r));

    const byCity = await failure(aurora.city.call('POST', '/readiness-rules', { rules: stricter }));
    const published = await aurora.secretariat.call<{ rules: ReadinessRules }>('POST', '/readiness-rules', {
      rules: stricter,
      note: 'More data points than the catalogue has: nothing is certifiable',
    });
    const first = await aurora.secretariat.call<{ rules: ReadinessRules }>('GET', '/readiness-rules/1');
    const pilots = (await aurora.secretariat.call<{ pilots: { pilotId: string }[] }>('GET', '/pilots'))
      .pilots;
    const readiness = await aurora.secretariat.call<Readiness>(
      'GET',
      `/pilots/${pilots[0]?.pilotId}/readiness`,
    );

    expect(byCity?.status).toBe(403);
    expect(published.rules).toMatchObject({ version: 2, createdBy: 'secretariat' });
    expect(first.rules).toEqual(rules);
    expect(readiness.rulesVersion).toBe(2);
  });
});
