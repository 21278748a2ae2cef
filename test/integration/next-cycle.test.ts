// A city's second cycle on the embedded runtime: its template carries over what the first cycle's verifier verified
// (never a refused value), an unconfirmed carried-over value is refused on upload, and the second report shows the
// progress since the first cycle, as the trends API computes it.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleTrend } from '../../core/scoring/trends.ts';
import { isCarriedOverNote } from '../../core/template/carry-over.ts';
import { dataPointCells, dataPointRow, profileFieldRow, templateLayout } from '../../core/template/layout.ts';
import type { SubmissionResults } from '../../core/validation/results.ts';
import type { Runtime } from '../../local/runtime.ts';
import { ApiClient } from '../../scripts/lib/api-client.ts';
import {
  type Actors,
  acceptDraftAndIssue,
  appointVerifier,
  bringToDataCollection,
  certify,
  declaration,
  downloadDocument,
  getPilot,
  sampleConclusion,
  signInAll,
  uploadWorkbook,
} from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook, fillSelfAssessment } from '../../scripts/lib/sample-workbook.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';
import { pdfText } from '../unit/documents/read-back.ts';

const REFUSED = 'EC.ICT.ICT.2C';
// Both inputs on its own row, so it is reported whatever the city profile holds.
const CONFIRMED = 'EC.I.T.4A.PUBLIC';
const UPDATED = 'EC.ICT.ICT.1C';
const { sheets, dataPoints } = templateLayout;

let runtime: Runtime;
let actors: Actors;
let secondCycle: Actors;
let firstPilot: string;
let secondPilot: string;
let secondTemplate: Buffer;
let firstWorkbook: Buffer;

/** Verifies a validated pilot as the given verifier: every data point accepted but one rejected, then approved. */
async function verifyWithOneRefusal(as: Actors, pilotId: string) {
  await as.verifier.call('POST', `/pilots/${pilotId}/verification-response`, {
    decision: 'accept',
    ...declaration,
  });
  const pilot = await getPilot(as.verifier, pilotId);
  const version = pilot.submissions.filter((s) => s.status === 'validated').at(-1)?.version;
  const { results } = await as.verifier.call<SubmissionResults>(
    'GET',
    `/pilots/${pilotId}/submissions/${version}`,
  );
  const items = results.map((r) =>
    r.dataPointId === REFUSED
      ? { dataPointId: r.dataPointId, status: 'rejected', note: 'The source could not be traced' }
      : { dataPointId: r.dataPointId, status: 'accepted' },
  );
  await as.verifier.call('POST', `/pilots/${pilotId}/reviews`, { items });
  await as.verifier.call('POST', `/pilots/${pilotId}/conclusion`, sampleConclusion);
  await as.supervisor.call('POST', `/pilots/${pilotId}/conclusion-decision`, { decision: 'approve' });
  await acceptDraftAndIssue(as, pilotId);
  await certify(as, pilotId);
}

const cellsOf = async (bytes: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { workbook, sheet: workbook.getWorksheet(sheets.dataPoints)! };
};

beforeAll(async () => {
  runtime = await startTestRuntime(tempDataDir());
  actors = await signInAll(runtime.urls.portal, runtime.urls.inbox, 'aurora');
  const first = await bringToDataCollection(actors, 'Aurora');
  firstPilot = first.pilotId;
  firstWorkbook = await fillSampleWorkbook(first.template, { seed: 42 });
  await uploadWorkbook(actors, firstPilot, firstWorkbook);
  await appointVerifier(actors, firstPilot);
  await verifyWithOneRefusal(actors, firstPilot);

  // The first cycle's verifier may not verify the next one: a second verifier is appointed.
  const verifier2 = await new ApiClient(runtime.urls.portal, runtime.urls.inbox).signIn('verifier2');
  secondCycle = { ...actors, verifier: verifier2 };
  const second = await bringToDataCollection(actors, 'Aurora');
  secondPilot = second.pilotId;
  secondTemplate = second.template;
}, 300_000);
afterAll(async () => {
  await runtime.stop();
});

describe('the next cycle template', () => {
  it('carries over the verified inputs, origin and source, for the city to confirm', async () => {
    const [{ sheet: before }, { sheet: after }] = await Promise.all([
      cellsOf(firstWorkbook),
      cellsOf(secondTemplate),
    ]);
    const cells = dataPointCells(CONFIRMED)!;
    for (const column of ['numerator', 'denominator', 'dataOrigin', 'source'] as const) {
      expect(after.getCell(cells[column]).value).toEqual(before.getCell(cells[column]).value);
    }
    expect(after.getCell(cells.dataQuality).value ?? null).toBeNull();
    expect(isCarriedOverNote(String(after.getCell(cells.notes).value))).toBe(true);
  });

  it('never carries over a value the verifier rejected', async () => {
    const { sheet } = await cellsOf(secondTemplate);
    const cells = dataPointCells(REFUSED)!;
    expect(sheet.getCell(cells.numerator).value ?? null).toBeNull();
    expect(sheet.getCell(cells.notes).value ?? null).toBeNull();
  });

  it('refuses an upload whose carried-over values were left unconfirmed, naming each cell', async () => {
    const { workbook } = await cellsOf(secondTemplate);
    const profile = workbook.getWorksheet(sheets.cityProfile)!;
    profile.getCell(`${templateLayout.cityProfile.columns.value}${profileFieldRow('population')}`).value =
      1_000_000;
    fillSelfAssessment(workbook);
    const pilot = await uploadWorkbook(actors, secondPilot, Buffer.from(await workbook.xlsx.writeBuffer()));
    const submission = pilot.submissions.at(-1)!;
    expect(submission.status).toBe('rejected');
    const { findings } = await actors.city.call<SubmissionResults>(
      'GET',
      `/pilots/${secondPilot}/submissions/${submission.version}`,
    );
    const unconfirmed = findings.filter((f) => f.rule === 'carried-over.unconfirmed');
    expect(unconfirmed.map((f) => f.dataPointId)).toContain(CONFIRMED);
    expect(unconfirmed.map((f) => f.dataPointId)).not.toContain(REFUSED);
    expect(unconfirmed.find((f) => f.dataPointId === CONFIRMED)?.cell).toBe(
      `${sheets.dataPoints}!${dataPointCells(CONFIRMED)!.dataQuality}`,
    );
  });
});

describe('the second cycle report', () => {
  it('shows the progress since the first cycle as the trends API computes it', async () => {
    await uploadSecondCycle();
    await appointVerifier(actors, secondPilot, 'verifier2');
    await verifyWithOneRefusal(secondCycle, secondPilot);
    const pilot = await getPilot(actors.city, secondPilot);
    const { trends } = await actors.city.call<{ trends: CycleTrend[] }>(
      'GET',
      `/cities/${pilot.cityId}/trends`,
    );
    expect(trends).toHaveLength(1);
    expect(trends[0]!.from.pilotId).toBe(firstPilot);
    const count = (m: string) => trends[0]!.kpis.filter((k) => k.movement === m).length;
    const text = pdfText(await downloadDocument(actors.secretariat, pilot, 'verification_report')).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('Progress since the previous cycle');
    expect(text).toContain(firstPilot);
    expect(text).toContain(`KPIs that improved: ${count('better')}; declined: ${count('worse')};`);
  }, 300_000);

  it('marks the value the city confirmed as carried over in the stored results', async () => {
    const pilot = await getPilot(actors.city, secondPilot);
    const version = pilot.submissions.findLast((s) => s.status === 'validated')!.version;
    const { results } = await actors.city.call<SubmissionResults>(
      'GET',
      `/pilots/${secondPilot}/submissions/${version}`,
    );
    expect(results.find((r) => r.dataPointId === CONFIRMED)?.carriedOver).toBe(true);
    expect(results.find((r) => r.dataPointId === UPDATED)?.carriedOver).toBeUndefined();
  });
});

/**
 * The city confirms one carried-over value (keeps it and chooses its data quality) and updates every other one
 * (new values from another seed, the carried-over notes replaced).
 */
async function uploadSecondCycle() {
  const { sheet: carried } = await cellsOf(secondTemplate);
  const { workbook, sheet } = await cellsOf(await fillSampleWorkbook(secondTemplate, { seed: 7 }));
  const kept = dataPointCells(CONFIRMED)!;
  for (const column of ['numerator', 'denominator'] as const)
    sheet.getCell(kept[column]).value = carried.getCell(kept[column]).value;
  sheet.eachRow((row) => {
    const notes = row.getCell(dataPoints.columns.notes);
    if (row.number !== dataPointRow(CONFIRMED) && isCarriedOverNote(String(notes.value ?? '')))
      notes.value = null;
  });
  const pilot = await uploadWorkbook(actors, secondPilot, Buffer.from(await workbook.xlsx.writeBuffer()));
  expect(pilot.submissions.at(-1)?.status).toBe('validated');
}
