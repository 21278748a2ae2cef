// Policy guidance over the API (decision 0047): the verifier reads the proposals derived from the results, decides
// each in the conclusion with its English and Chinese text, and the draft report carries the kept ones with their
// KPIs; the old free-text fields and a kept proposal without its Chinese are refused with nothing recorded; the city
// reads the proposals only once the verification is concluded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Proposal } from '../../core/guidance/proposals.ts';
import type { DraftReport } from '../../core/use-cases/draft-report.ts';
import type { Runtime } from '../../local/runtime.ts';
import { type Actors, bringToVerification, reviewAll, signInAll } from '../../scripts/lib/lifecycle-steps.ts';
import { failure } from '../support/failure.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';

let runtime: Runtime;
let actors: Actors;
let pilotId: string;
let proposals: Proposal[];
const path = (suffix: string) => `/pilots/${pilotId}${suffix}`;
const events = () => runtime.deps.pilots.events(pilotId);
const summary = 'Core KPIs were traced to their sources in interviews.';
const conclude = (body: object) => actors.verifier.call('POST', path('/conclusion'), { summary, ...body });
const readProposals = (who: keyof Actors) =>
  actors[who].call<{ proposals: Proposal[] }>('GET', path('/guidance-proposals'));

/** A request that must be refused with 400, leaving the log as it was; its error as text. */
async function refused(request: Promise<unknown>) {
  const before = (await events()).length;
  const error = await failure(request);
  expect(error?.status).toBe(400);
  expect((await events()).length).toBe(before);
  return JSON.stringify(error?.body);
}

beforeAll(async () => {
  runtime = await startTestRuntime(tempDataDir());
  actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
  pilotId = await bringToVerification(actors);
  await reviewAll(actors, pilotId);
}, 120_000);
afterAll(async () => {
  await runtime.stop();
});

describe('the derived proposals', () => {
  it('lists them to the verifier and the secretariat, each with its KPIs and its text in both languages', async () => {
    ({ proposals } = await readProposals('verifier'));
    const forSecretariat = await readProposals('secretariat');

    expect(forSecretariat.proposals).toEqual(proposals);
    expect(proposals.length).toBeGreaterThanOrEqual(3);
    // The sample workbook's self-assessment has characteristics two levels behind the most advanced.
    expect(proposals.map((p) => p.proposalId)).toContain('maturityGap:stakeholders');
    for (const p of proposals) {
      expect(p.text.en).not.toBe('');
      expect(p.text.zh).not.toBe('');
      expect(p.text.zh).not.toBe(p.text.en);
    }
  });

  it('does not let the city read them before the verification is concluded', async () => {
    expect((await failure(readProposals('city')))?.status).toBe(403);
  });
});

describe('the conclusion with decided proposals', () => {
  it('refuses the old free-text fields and says what replaced them, recording nothing', async () => {
    const recommendations = await refused(conclude({ policyRecommendations: ['Publish open data.'] }));
    const opportunities = await refused(conclude({ improvementOpportunities: ['Survey travel.'] }));
    const steps = await refused(conclude({ nextSteps: ['Repeat in two years.'] }));

    expect(recommendations).toMatch(/no longer taken.*proposals/);
    expect(opportunities).toMatch(/no longer taken.*proposals/);
    expect(steps).toMatch(/no longer taken.*advice/);
  });

  it('refuses a kept proposal without its Chinese text, one whose Chinese repeats the English, and an unknown one', async () => {
    const [first] = proposals;
    const missing = await refused(
      conclude({
        proposals: [{ proposalId: first!.proposalId, decision: 'accepted', text: { en: first!.text.en } }],
      }),
    );
    const pasted = await refused(
      conclude({
        proposals: [{ proposalId: first!.proposalId, decision: 'edited', text: { en: 'Same', zh: 'Same' } }],
      }),
    );
    const unknown = await refused(
      conclude({ proposals: [{ proposalId: 'belowTarget:XX.XX.XX', decision: 'dropped' }] }),
    );

    expect(missing).toMatch(/Chinese text of each kept proposal/);
    expect(pasted).toMatch(/repeats the English/);
    expect(unknown).toMatch(/no proposal belowTarget:XX\.XX\.XX/);
  });

  it('records each decision, the undecided as dropped, and the draft carries the kept ones in both languages', async () => {
    const [accepted, edited, dropped] = proposals;
    await conclude({
      proposals: [
        { proposalId: accepted!.proposalId, decision: 'accepted', text: accepted!.text },
        {
          proposalId: edited!.proposalId,
          decision: 'edited',
          text: { en: 'Give it a budget line this year.', zh: '今年为其安排预算。' },
        },
        { proposalId: dropped!.proposalId, decision: 'dropped' },
        {
          decision: 'written',
          section: 'improvementOpportunities',
          kpiIds: ['EC.ICT.ICT.1C'],
          text: { en: 'Publish the ICT indicators yearly.', zh: '每年公布信息通信技术指标。' },
        },
      ],
      advice: [{ en: 'Repeat the assessment in two years.', zh: '两年后再次开展评估。' }],
    });

    const submitted = (await events()).findLast((e) => e.type === 'ConclusionSubmitted');
    if (submitted?.type !== 'ConclusionSubmitted') throw new Error('no conclusion recorded');
    const decisions = new Map(submitted.data.proposals.map((p) => [p.proposalId, p.decision]));
    expect(decisions.get(accepted!.proposalId)).toBe('accepted');
    expect(decisions.get(edited!.proposalId)).toBe('edited');
    expect(decisions.get(dropped!.proposalId)).toBe('dropped');
    for (const p of proposals.slice(3)) expect(decisions.get(p.proposalId)).toBe('dropped');
    expect(decisions.get('own-1')).toBe('written');

    const { content } = await actors.supervisor.call<DraftReport>('GET', path('/draft-report'));
    const guidance = [...content.policyRecommendations, ...content.improvementOpportunities];
    expect(guidance).toContainEqual(
      expect.objectContaining({ text: accepted!.text, kpiIds: accepted!.kpiIds }),
    );
    expect(guidance.map((g) => g.text.en)).toContain('Give it a budget line this year.');
    expect(guidance.map((g) => g.text.en)).not.toContain(dropped!.text.en);
    expect(content.improvementOpportunities).toContainEqual({
      text: { en: 'Publish the ICT indicators yearly.', zh: '每年公布信息通信技术指标。' },
      kpiIds: ['EC.ICT.ICT.1C'],
    });
    expect(content.nextSteps).toEqual([
      { text: { en: 'Repeat the assessment in two years.', zh: '两年后再次开展评估。' }, kpiIds: [] },
    ]);
  });

  it('lets the city read the proposals once the supervisor approved the conclusion', async () => {
    await actors.supervisor.call('POST', path('/conclusion-decision'), { decision: 'approve' });

    expect((await readProposals('city')).proposals).toEqual(proposals);
  });
});
