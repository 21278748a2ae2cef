// Through the API on the embedded runtime: a refused maturity answer is an error at its cell and yields no profile;
// a validated workbook's self-assessment becomes the pilot's maturity profile with its gap warnings; the web form
// refuses what the sheet refuses and its answers replace the workbook's; the profile is printed in the report and
// the snapshot; the certified city's initiatives and factsheet request, the secretariat's factsheet, and its
// publication only with consent; its case study reviewed and published with consent, found by the public and linked
// on another city's maturity ladder; the distribution of levels with regions too small withheld. Each test builds on
// the one before, like the pilot's life.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pilot } from '../../core/lifecycle/pilot.ts';
import type { MaturityDistribution, MaturityLadder } from '../../core/maturity/ladder.ts';
import { maturityRow, templateLayout } from '../../core/template/read-template.ts';
import type { PublishedCaseStudy, PublishedCaseStudySummary } from '../../core/use-cases/case-studies.ts';
import type { PilotMaturity } from '../../core/use-cases/maturity.ts';
import type { SubmissionResults } from '../../core/validation/results.ts';
import { loadWorkbook } from '../../core/xlsx.ts';
import type { Runtime } from '../../local/runtime.ts';
import { ApiError } from '../../scripts/lib/api-client.ts';
import {
  type Actors,
  appointVerifier,
  bringToDataCollection,
  certify,
  downloadDocument,
  getPilot,
  signInAll,
  uploadWorkbook,
  verify,
} from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { sampleCaseStudy } from '../support/case-studies.ts';
import { failure } from '../support/failure.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';
import { pdfText } from '../unit/documents/read-back.ts';

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

/** Every characteristic answered in the form: strategy and ICT at the top, governance not addressed. */
const formAnswers = [
  {
    characteristicId: 'strategy',
    level: '4',
    evidence: 'KPIs benchmarked on ITU-T Y.4903 in the 2026 city plan',
  },
  { characteristicId: 'stakeholders', level: '3', evidence: 'Citizen panels review every new service' },
  { characteristicId: 'governance', level: 'Not addressed / 未涉及', evidence: '' },
  { characteristicId: 'funding', level: '3', evidence: 'Scaling fund approved by the council' },
  { characteristicId: 'valueAssessment', level: '3', evidence: 'Evaluation framework with social value' },
  { characteristicId: 'businessModel', level: 'Cannot assess / 无法评估', evidence: '' },
  { characteristicId: 'ictInfrastructure', level: '4', evidence: 'City-wide fibre, a city CIO since 2024' },
  { characteristicId: 'services', level: '2', evidence: '' },
];
const initiative = {
  name: 'Fibre to every school',
  description: 'Every school and library on fixed broadband by 2027, run by the city-owned network.',
  kpiIds: ['EC: ICT: ICT: 1C'],
  sdgTargets: ['9.5'],
};
const pilotNow = () => getPilot(actors.secretariat, pilotId);

describe('the self-assessment web form', () => {
  it('refuses an unknown level as the sheet does, naming the characteristic in both languages, and changes nothing', async () => {
    const before = await pilotNow();

    const error = await failure(
      actors.city.call('POST', `/pilots/${pilotId}/self-assessment`, {
        answers: [{ characteristicId: 'governance', level: 'very high', evidence: 'We think so' }],
      }),
    );

    expect(error?.status).toBe(400);
    expect(error?.body.error?.message).toContain('"very high" is not a maturity answer for Governance');
    const details = error?.body.error as { details?: { issues?: { path: string; messageZh: string }[] } };
    const issues = details?.details?.issues;
    expect(issues?.[0]).toMatchObject({ path: 'answers.governance.level' });
    expect(issues?.[0]?.messageZh).toContain('治理');
    expect((await pilotNow()).version).toBe(before.version);
    expect((await maturityOf()).source).toBe('workbook');
  });

  it('refuses a characteristic the framework does not have, and changes nothing', async () => {
    const before = await pilotNow();
    const error = await failure(
      actors.city.call('POST', `/pilots/${pilotId}/self-assessment`, {
        answers: [{ characteristicId: 'happiness', level: '2', evidence: 'Surveys' }],
      }),
    );
    expect(error?.status).toBe(400);
    expect((await pilotNow()).version).toBe(before.version);
  });

  it('takes the answers as the profile in force, with the gap rule applied to them', async () => {
    await actors.city.call('POST', `/pilots/${pilotId}/self-assessment`, { answers: formAnswers });

    const profile = await maturityOf();

    expect(profile).toMatchObject({ source: 'form', spread: 4, unknown: ['businessModel'] });
    expect(profile.version).toBeUndefined();
    // Two levels or more below the leaders (strategy and ICT at 4): governance (not addressed, rung 0) and services.
    expect(profile.gaps.map((gap) => [gap.characteristicId, gap.behind])).toEqual([
      ['governance', 4],
      ['services', 2],
    ]);
    expect(profile.gaps[0]!.leaders).toEqual(['strategy', 'ictInfrastructure']);
    expect(profile.gaps[0]!.message.zh).toContain('治理');
    const services = profile.characteristics.find((c) => c.characteristicId === 'services')!;
    expect(services.nextStep.en).toMatch(/^Next, level 3 \(Advanced\)/);
  });
});

describe('the factsheet on request', () => {
  let certified: Pilot;

  it('refuses a factsheet request before certification with a clear error, recording nothing', async () => {
    const before = await pilotNow();

    const error = await failure(actors.city.call('POST', `/pilots/${pilotId}/factsheet-request`, {}));

    expect(error?.status).toBe(409);
    expect(error?.body.error?.message).toMatch(
      /^Cannot request the factsheet while the pilot is in stage "validated"/,
    );
    expect((await pilotNow()).version).toBe(before.version);
  });

  it('refuses an initiative citing a KPI the catalogue does not have, or an SDG target it does not name, recording nothing', async () => {
    const before = await pilotNow();
    const unknownKpi = await failure(
      actors.city.call('POST', `/pilots/${pilotId}/initiatives`, {
        initiatives: [{ ...initiative, kpiIds: ['EC: ICT: ICT: 99C'] }],
      }),
    );
    const unknownTarget = await failure(
      actors.city.call('POST', `/pilots/${pilotId}/initiatives`, {
        initiatives: [{ ...initiative, sdgTargets: ['18.1'] }],
      }),
    );

    expect(unknownKpi?.status).toBe(400);
    expect(JSON.stringify(unknownKpi?.body)).toContain(
      '\\"EC: ICT: ICT: 99C\\" is not a KPI of the U4SSC catalogue',
    );
    expect(unknownTarget?.status).toBe(400);
    expect(JSON.stringify(unknownTarget?.body)).toContain(
      'is not an SDG target the KPI catalogue relates to',
    );
    const after = await pilotNow();
    expect(after.version).toBe(before.version);
    expect(after.initiatives).toEqual([]);
  });

  it('prints the maturity profile in the verification report and the snapshot', async () => {
    await appointVerifier(actors, pilotId);
    await verify(actors, pilotId);
    certified = await certify(actors, pilotId);

    const report = pdfText(await downloadDocument(actors.city, certified, 'verification_report'));
    const snapshot = pdfText(await downloadDocument(actors.city, certified, 'city_snapshot'));

    for (const text of [report, snapshot]) {
      expect(text).toContain('Smart-city maturity (self-assessment)');
      expect(text).toContain(
        'Governance (not addressed) lags Strategy, ICT infrastructure (Most mature) by 4 levels',
      );
    }
  }, 240_000);

  it('is requested by the certified city and produced by the secretariat as one bilingual PDF with the initiatives and the profile', async () => {
    await actors.city.call('POST', `/pilots/${pilotId}/initiatives`, { initiatives: [initiative] });
    await actors.city.call('POST', `/pilots/${pilotId}/factsheet-request`, {});
    const early = await failure(actors.city.call('POST', `/pilots/${pilotId}/factsheet`, {}));

    const { pilot } = await actors.secretariat.call<{ pilot: Pilot }>(
      'POST',
      `/pilots/${pilotId}/factsheet`,
      {},
    );

    expect(early?.status).toBe(403);
    expect(pilot.initiatives[0]!.kpiIds).toEqual(['EC.ICT.ICT.1C']);
    expect(pilot.factsheet?.producedAt).toBeDefined();
    const text = pdfText(await downloadDocument(actors.city, pilot, 'factsheet'));
    expect(text).toContain('U4SSC City Factsheet · Aurora');
    expect(text).toContain('U4SSC 城市情况简介 · Aurora');
    expect(text).toContain('Fibre to every school');
    expect(text).toContain('SDG targets served');
    expect(text).toContain('Smart-city maturity (self-assessment)');
    expect(text).toContain('智慧城市成熟度（自评）');
    expect(text).toContain('Scores by dimension and sub-dimension');
    expect(text).toContain('各维度与子维度得分');
  }, 120_000);

  it('is public only once the city consents to publish it', async () => {
    const number = certified.certificate!.certificateNumber;
    const publicFactsheet = () => fetch(`${runtime.urls.api}/public/certificates/${number}/factsheet`);
    const withheld = await publicFactsheet();

    await actors.city.call('POST', `/pilots/${pilotId}/publication-consent`, {
      report: 'withhold',
      snapshot: 'withhold',
      factsheet: 'publish',
    });
    const published = await publicFactsheet();
    const check = (await (await fetch(`${runtime.urls.api}/public/certificates/${number}`)).json()) as {
      published: string[];
    };

    expect(withheld.status).toBe(404);
    await withheld.body?.cancel();
    expect(published.status).toBe(200);
    const { url } = (await published.json()) as { url: string };
    expect(pdfText(Buffer.from(await (await fetch(url)).arrayBuffer()))).toContain('U4SSC City Factsheet');
    expect(check.published).toEqual(['factsheet']);
  });
});

describe('case studies and the maturity ladder', () => {
  let borealis: Actors;
  let borealisPilot = '';
  const cityCalls = (path: string, body: unknown) =>
    actors.city.call('POST', `/pilots/${pilotId}/${path}`, body);
  const publicList = async (query = '') => {
    const response = await fetch(`${runtime.urls.api}/public/case-studies${query}`);
    return {
      status: response.status,
      body: (await response.json()) as { caseStudies: PublishedCaseStudySummary[] },
    };
  };
  const ladderOf = (client: Actors, id: string) =>
    client.city.call<MaturityLadder>('GET', `/pilots/${id}/maturity/ladder`);
  const stepOn = (ladder: MaturityLadder, characteristicId: string) =>
    ladder.steps.find((s) => s.characteristicId === characteristicId)!;

  beforeAll(async () => {
    // A second city, a step behind Aurora on funding and ICT, a step ahead on governance.
    borealis = await signInAll(runtime.urls.portal, runtime.urls.inbox, 'borealis');
    ({ pilotId: borealisPilot } = await bringToDataCollection(borealis, 'Borealis'));
    const levels: Record<string, string> = {
      governance: '1',
      funding: '2',
      ictInfrastructure: '3',
      services: '2',
    };
    await borealis.city.call('POST', `/pilots/${borealisPilot}/self-assessment`, {
      answers: formAnswers.map((a) => ({ ...a, level: levels[a.characteristicId] ?? a.level })),
    });
  }, 60_000);

  it('refuses a case study citing a KPI that does not exist with a clear error, and changes nothing', async () => {
    const before = await pilotNow();

    const error = await failure(
      cityCalls('case-studies', {
        ...sampleCaseStudy,
        results: [{ kpiId: 'EC: ICT: ICT: 99C', outcome: 'Every school online' }],
      }),
    );

    expect(error?.status).toBe(400);
    expect(JSON.stringify(error?.body)).toContain(
      '\\"EC: ICT: ICT: 99C\\" is not a KPI of the U4SSC catalogue',
    );
    const after = await pilotNow();
    expect(after.version).toBe(before.version);
    expect(after.caseStudies).toBeUndefined();
  });

  it('refuses to publish a case study before certification, recording nothing', async () => {
    const path = (name: string) => `/pilots/${borealisPilot}/${name}`;
    await borealis.city.call('POST', path('case-studies'), sampleCaseStudy);
    await borealis.city.call('POST', path('case-study-submission'), { number: 1 });
    await borealis.secretariat.call('POST', path('case-study-review'), { decision: 'accept', number: 1 });
    await borealis.city.call('POST', path('publication-consent'), {
      report: 'withhold',
      snapshot: 'withhold',
      caseStudies: 'publish',
    });
    const before = await getPilot(borealis.secretariat, borealisPilot);

    const error = await failure(borealis.city.call('POST', path('case-study-publication'), { number: 1 }));

    expect(error?.status).toBe(409);
    expect(error?.body.error?.message).toMatch(
      /^Cannot publish a case study while the pilot is in stage "data_collection"/,
    );
    const after = await getPilot(borealis.secretariat, borealisPilot);
    expect(after.version).toBe(before.version);
    expect(after.caseStudies?.[0]?.status).toBe('accepted');
  });

  it('is returned with a reason, rewritten, accepted, and published by the certified city only once it consents', async () => {
    await cityCalls('case-studies', sampleCaseStudy);
    await cityCalls('case-study-submission', { number: 1 });
    await actors.secretariat.call('POST', `/pilots/${pilotId}/case-study-review`, {
      decision: 'return',
      number: 1,
      reason: 'Say which survey measured the households online',
    });
    const returned = (await pilotNow()).caseStudies![0]!;
    await cityCalls('case-studies', {
      ...sampleCaseStudy,
      number: 1,
      lessons: 'The 2025 household survey measured it.',
    });
    await cityCalls('case-study-submission', { number: 1 });
    await actors.secretariat.call('POST', `/pilots/${pilotId}/case-study-review`, {
      decision: 'accept',
      number: 1,
    });
    const withoutConsent = await failure(cityCalls('case-study-publication', { number: 1 }));
    const notYet = await publicList();

    await cityCalls('publication-consent', {
      report: 'withhold',
      snapshot: 'withhold',
      caseStudies: 'publish',
    });
    await cityCalls('case-study-publication', { number: 1 });

    expect(returned).toMatchObject({ status: 'returned', review: { accepted: false } });
    expect(withoutConsent?.status).toBe(409);
    expect(withoutConsent?.body.error?.message).toContain('Consent to publishing case studies');
    expect(notYet.body.caseStudies).toEqual([]);
    const published = (await pilotNow()).caseStudies![0]!;
    expect(published).toMatchObject({
      status: 'published',
      lessons: 'The 2025 household survey measured it.',
    });
  });

  it('is found by the public by maturity characteristic and KPI category, and read whole', async () => {
    const byFunding = await publicList('?characteristic=funding');
    const byGovernance = await publicList('?characteristic=governance');
    const byCategory = await publicList('?category=EC.ICT.ICT');
    const unknownCategory = await publicList('?category=XX.YY');
    const whole = (await (
      await fetch(`${runtime.urls.api}/public/case-studies/${pilotId}/1`)
    ).json()) as PublishedCaseStudy;
    const borealisOwn = await fetch(`${runtime.urls.api}/public/case-studies/${borealisPilot}/1`);

    expect(byFunding.body.caseStudies).toEqual([
      expect.objectContaining({
        pilotId,
        number: 1,
        cityName: 'Aurora',
        title: 'Fibre to every school',
        characteristics: ['ictInfrastructure', 'funding'],
        categories: ['EC.ICT.ICT'],
      }),
    ]);
    expect(byGovernance.body.caseStudies).toEqual([]);
    expect(byCategory.body.caseStudies).toHaveLength(1);
    expect(unknownCategory.status).toBe(400);
    expect(JSON.stringify(unknownCategory.body)).toContain('is not a KPI category of the catalogue');
    expect(whole).toMatchObject({
      cityName: 'Aurora',
      results: [{ kpiId: 'EC.ICT.ICT.1C' }],
      sdgTargets: ['9.5'],
    });
    // Accepted but on a pilot not certified: not public.
    expect(borealisOwn.status).toBe(404);
    await borealisOwn.body?.cancel();
  });

  it("names on a city's ladder the consenting city one step ahead, with its published case study there", async () => {
    const ladder = await ladderOf(borealis, borealisPilot);

    const funding = stepOn(ladder, 'funding');
    expect(funding).toMatchObject({ rung: 2 });
    expect(funding.peers).toEqual([
      expect.objectContaining({
        cityName: 'Aurora',
        level: 3,
        caseStudies: [{ pilotId, number: 1, title: 'Fibre to every school' }],
      }),
    ]);
    expect(stepOn(ladder, 'ictInfrastructure').peers[0]?.caseStudies).toHaveLength(1);
    // Borealis answered the most mature level for strategy: there is no step to take there.
    expect(ladder.steps.map((s) => s.characteristicId)).not.toContain('strategy');
  });

  it('names no city that withholds its case studies', async () => {
    await cityCalls('publication-consent', {
      report: 'withhold',
      snapshot: 'withhold',
      caseStudies: 'withhold',
    });

    const ladder = await ladderOf(borealis, borealisPilot);
    const list = await publicList();

    expect(ladder.steps.flatMap((s) => s.peers)).toEqual([]);
    expect(list.body.caseStudies).toEqual([]);
    // Aurora's own ladder: Borealis consents and is one rung ahead on governance (1 against not addressed).
    const own = await ladderOf(actors, pilotId);
    expect(stepOn(own, 'governance').peers).toEqual([
      expect.objectContaining({ cityName: 'Borealis', level: 1, caseStudies: [] }),
    ]);
  });

  it('gives the distribution of levels by region, withholding a region of fewer cities than the disclosure rule', async () => {
    const distribution = await actors.city.call<MaturityDistribution>('GET', '/maturity/distribution');

    expect(distribution.minCities).toBe(5);
    expect(distribution.regions).toEqual([{ region: 'Europe', cities: 2, withheld: true }]);
    expect(distribution.total).toEqual({ cities: 2, withheld: true });
  });
});
