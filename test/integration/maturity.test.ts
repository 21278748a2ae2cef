// Through the API on the embedded runtime: a refused maturity answer is an error at its cell and yields no profile;
// a validated workbook's self-assessment becomes the pilot's maturity profile with its gap warnings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maturityRow, templateLayout } from '../../core/template/read-template.ts';
import type { PilotMaturity } from '../../core/use-cases/maturity.ts';
import type { SubmissionResults } from '../../core/validation/results.ts';
import { loadWorkbook } from '../../core/xlsx.ts';
import type { Runtime } from '../../local/runtime.ts';
import { ApiError } from '../../scripts/lib/api-client.ts';
import {
  type Actors,
  bringToDataCollection,
  signInAll,
  uploadWorkbook,
} from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';

let runtime: Runtime;
let actors: Actors;
let pilotId = '';
let template: Buffer;

beforeAll(async () => {
  runtime = await startTestRuntime(tempDataDir());
  actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
  ({ pilotId, template } = await bringToDataCollection(actors));
}, 60_000);

afterAll(async () => {
  await runtime?.stop();
});

const maturityOf = () => actors.city.call<PilotMaturity>('GET', `/pilots/${pilotId}/maturity`);
const statusOf = (call: Promise<unknown>) =>
  call.then(
    () => 200,
    (error: unknown) => (error instanceof ApiError ? error.status : 0),
  );

/** The sample workbook with one characteristic's level overwritten. */
async function withLevel(characteristicId: string, value: string | number): Promise<Buffer> {
  const workbook = await loadWorkbook(await fillSampleWorkbook(template));
  workbook
    .getWorksheet(templateLayout.sheets.maturity)!
    .getCell(`${templateLayout.maturity.columns.level}${maturityRow(characteristicId)}`).value = value;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('the maturity self-assessment through the API', () => {
  it('has no profile before a workbook is validated', async () => {
    expect(await statusOf(maturityOf())).toBe(404);
  });

  it('refuses "very high" as an error at its cell, in both languages, and still has no profile', async () => {
    const pilot = await uploadWorkbook(actors, pilotId, await withLevel('governance', 'very high'), 60_000);
    const submission = pilot.submissions.at(-1)!;
    expect(submission.status).toBe('rejected');
    const results = await actors.city.call<SubmissionResults>(
      'GET',
      `/pilots/${pilotId}/submissions/${submission.version}`,
    );
    const finding = results.findings.find((f) => f.rule === 'maturity.level-invalid');
    expect(finding).toMatchObject({ severity: 'error', cell: `Maturity!F${maturityRow('governance')}` });
    expect(finding?.message.zh).toContain('治理');
    expect(await statusOf(maturityOf())).toBe(404);
  }, 90_000);

  it('gives the validated self-assessment as a profile: levels, spread, gaps and next steps', async () => {
    const pilot = await uploadWorkbook(actors, pilotId, await fillSampleWorkbook(template), 60_000);
    expect(pilot.submissions.at(-1)!.status).toBe('validated');

    const profile = await maturityOf();

    expect(profile.version).toBe(pilot.submissions.at(-1)!.version);
    expect(profile.spread).toBe(3);
    expect(profile.gaps.map((gap) => gap.characteristicId)).toEqual([
      'stakeholders',
      'governance',
      'funding',
      'valueAssessment',
    ]);
    expect(profile.gaps.every((gap) => gap.leaders.join() === 'ictInfrastructure')).toBe(true);
    expect(profile.unknown).toEqual(['businessModel']);
    const strategy = profile.characteristics.find((c) => c.characteristicId === 'strategy')!;
    expect(strategy.answer).toEqual({ kind: 'level', level: 3 });
    expect(strategy.nextStep.en).toMatch(/^Next, level 4 \(Most mature\): Benchmark the KPIs/);
    expect(strategy.nextStep.zh).toMatch(/^下一步，第 4 级（最成熟）/);
  }, 90_000);
});
