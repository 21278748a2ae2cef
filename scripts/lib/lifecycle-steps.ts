// The steps a city, the secretariat and a verifier take through a pilot, over the HTTP API only.
// The demo runs them in one go; the integration test runs them with a restart in the middle.
import { draftSections } from '../../core/lifecycle/draft-review-schemas.ts';
import type { Pilot } from '../../core/lifecycle/pilot.ts';
import type { Stage } from '../../core/lifecycle/stages.ts';
import { CONFIDENTIALITY_UNDERTAKING, PARTICIPATION_TERMS } from '../../core/lifecycle/terms.ts';
import { ApiClient, waitFor } from './api-client.ts';
import { type DemoVerifierId, demoVerifiers } from './demo-verifier.ts';
import { fillSampleWorkbook } from './sample-workbook.ts';

export interface Actors {
  city: ApiClient;
  secretariat: ApiClient;
  supervisor: ApiClient;
  verifier: ApiClient;
}

export async function signInAll(baseUrl: string, inboxUrl: string, cityUser = 'aurora'): Promise<Actors> {
  const make = (user: string) => new ApiClient(baseUrl, inboxUrl).signIn(user);
  const [city, secretariat, supervisor, verifier] = await Promise.all([
    make(cityUser),
    make('secretariat'),
    make('supervisor'),
    make('verifier'),
  ]);
  return { city, secretariat, supervisor, verifier };
}

export async function getPilot(client: ApiClient, pilotId: string): Promise<Pilot> {
  return (await client.call<{ pilot: Pilot }>('GET', `/pilots/${pilotId}`)).pilot;
}

/** Waits until the automated stage machines have moved the pilot to the expected stage and finished. */
export function waitForStage(
  client: ApiClient,
  pilotId: string,
  stage: Stage,
  timeoutMs = 30_000,
): Promise<Pilot> {
  return waitFor(
    `pilot ${pilotId} to reach ${stage}`,
    async () => {
      const pilot = await getPilot(client, pilotId);
      if (pilot.lastFailure && !pilot.pendingRun)
        throw new Error(`stage failed: ${JSON.stringify(pilot.lastFailure)}`);
      return pilot.stage === stage && !pilot.pendingRun ? pilot : undefined;
    },
    timeoutMs,
  );
}

export const sampleLetter = (cityName: string) => ({
  letter: {
    cityName,
    country: 'Utopia',
    region: 'Europe',
    vision: `${cityName} aims to be a data-driven, inclusive and low-carbon city by 2035, using open data and shared ICT infrastructure.`,
    contact: {
      name: 'Ms Focal Point',
      email: `focal@${cityName.toLowerCase()}.example`,
      title: 'Head of Smart City Office',
    },
    signatory: { name: `Mayor of ${cityName}`, title: 'Mayor' },
    reviewedMethodology: true,
    preferredLanguage: 'en',
    termsAcceptance: { version: PARTICIPATION_TERMS.version, accepted: true, indexCommitment: true },
  },
});

export async function submitLetter(actors: Actors, cityName = 'Aurora'): Promise<Pilot> {
  return (await actors.city.call<{ pilot: Pilot }>('POST', '/pilots', sampleLetter(cityName))).pilot;
}

export async function acceptLetter(actors: Actors, pilotId: string): Promise<void> {
  await waitForStage(actors.secretariat, pilotId, 'loi_received');
  await actors.secretariat.call('POST', `/pilots/${pilotId}/letter-decision`, {
    decision: 'accept',
    note: 'Welcome to the pilot',
  });
}

export async function downloadTemplate(actors: Actors, pilotId: string): Promise<Buffer> {
  const { url } = await actors.city.call<{ url: string }>('GET', `/pilots/${pilotId}/template`);
  return actors.city.download(url);
}

/** Uploads a workbook through a presigned POST and waits for validation to finish either way. */
export async function uploadWorkbook(
  actors: Actors,
  pilotId: string,
  bytes: Uint8Array,
  timeoutMs?: number,
): Promise<Pilot> {
  const ticket = await actors.city.call<{ url: string; fields: Record<string, string> }>(
    'POST',
    `/pilots/${pilotId}/uploads`,
  );
  const before = (await getPilot(actors.city, pilotId)).submissions.length;
  await actors.city.upload(ticket, bytes, 'kpi-data.xlsx');
  return waitFor(
    `validation of upload ${before + 1}`,
    async () => {
      const pilot = await getPilot(actors.city, pilotId);
      const latest = pilot.submissions[before];
      return latest && latest.status !== 'received' && !pilot.pendingRun ? pilot : undefined;
    },
    timeoutMs,
  );
}

/** Uploads a PDF as the mayor's signed letter of intent and attaches it to the pilot. */
export async function attachSignedLetter(
  actors: Actors,
  pilotId: string,
  pdf: Uint8Array,
  fileName = 'signed-letter-of-intent.pdf',
): Promise<Pilot> {
  const ticket = await actors.city.call<{ uploadId: string; url: string; fields: Record<string, string> }>(
    'POST',
    `/pilots/${pilotId}/signed-letter-uploads`,
    { fileName, contentType: 'application/pdf', size: pdf.length },
  );
  await actors.city.upload(ticket, pdf, fileName);
  return (
    await actors.city.call<{ pilot: Pilot }>('POST', `/pilots/${pilotId}/signed-letter`, {
      uploadId: ticket.uploadId,
    })
  ).pilot;
}

/** Downloads one of the pilot's documents by its kind (the latest of that kind). */
export async function downloadDocument(client: ApiClient, pilot: Pilot, kind: string): Promise<Buffer> {
  const document = pilot.documents.findLast((d) => d.kind === kind);
  if (!document) throw new Error(`Pilot ${pilot.pilotId} has no ${kind} document`);
  const { url } = await client.call<{ url: string }>(
    'GET',
    `/pilots/${pilot.pilotId}/documents?key=${encodeURIComponent(document.key)}`,
  );
  return client.download(url);
}

/** Registers the demo verifier (again: a registration replaces the entry) and appoints them. */
export async function appointVerifier(
  actors: Actors,
  pilotId: string,
  verifierId: DemoVerifierId = 'verifier',
): Promise<void> {
  await registerDemoVerifier(actors, verifierId);
  await actors.secretariat.call('POST', `/pilots/${pilotId}/verifier-assignment`, {
    verifierId,
    supervisorId: 'supervisor',
    mode: 'remote',
  });
  await waitForStage(actors.secretariat, pilotId, 'verifier_assigned');
}

export async function registerDemoVerifier(actors: Actors, verifierId: DemoVerifierId): Promise<void> {
  const verifier = demoVerifiers.find((v) => v.verifierId === verifierId);
  await actors.secretariat.call('POST', '/verifiers', {
    ...verifier,
    languages: ['en', 'zh'],
    regions: ['Europe', 'Asia'],
  });
}

export const declaration = {
  declaration: {
    noConflictOfInterest: true,
    statement: 'I have no personal, financial or professional ties with the city.',
    confidentiality: { version: CONFIDENTIALITY_UNDERTAKING.version, accepted: true },
  },
};

/** A new pilot of the city with its letter accepted and data collection open, and the template the city got. */
export async function bringToDataCollection(
  actors: Actors,
  cityName = 'Aurora',
): Promise<{ pilotId: string; template: Buffer }> {
  const { pilotId } = await submitLetter(actors, cityName);
  await acceptLetter(actors, pilotId);
  await waitForStage(actors.city, pilotId, 'data_collection');
  return { pilotId, template: await downloadTemplate(actors, pilotId) };
}

/**
 * A new pilot of the city brought to verification: letter accepted, workbook validated, verifier appointed and
 * the assignment accepted. Returns the pilot's id.
 */
export async function bringToVerification(actors: Actors, cityName = 'Aurora'): Promise<string> {
  const { pilotId, template } = await bringToDataCollection(actors, cityName);
  await uploadWorkbook(actors, pilotId, await fillSampleWorkbook(template));
  await appointVerifier(actors, pilotId);
  await actors.verifier.call('POST', `/pilots/${pilotId}/verification-response`, {
    decision: 'accept',
    ...declaration,
  });
  return pilotId;
}

/** The verifier accepts the task and accepts every reported data point (in one bulk review). */
export async function startAndReview(actors: Actors, pilotId: string): Promise<void> {
  await actors.verifier.call('POST', `/pilots/${pilotId}/verification-response`, {
    decision: 'accept',
    ...declaration,
  });
  await reviewAll(actors, pilotId);
}

/** The verifier accepts every data point of the latest validated version, in one bulk review. */
export async function reviewAll(actors: Actors, pilotId: string): Promise<void> {
  const pilot = await getPilot(actors.verifier, pilotId);
  const version = pilot.submissions.filter((s) => s.status === 'validated').at(-1)?.version;
  const results = await actors.verifier.call<{ results: { dataPointId: string; status: string }[] }>(
    'GET',
    `/pilots/${pilotId}/submissions/${version}`,
  );
  const items = results.results.map((r) => ({ dataPointId: r.dataPointId, status: 'accepted' }));
  await actors.verifier.call('POST', `/pilots/${pilotId}/reviews`, { items });
}

export const sampleConclusion = {
  summary: 'Core KPIs were traced to their sources in interviews with the statistics office.',
  /** Verifier-written guidance; derived proposals not decided here are recorded as dropped. */
  proposals: [
    {
      decision: 'written',
      section: 'policyRecommendations',
      kpiIds: ['EC.ICT.ICT.1C'],
      text: {
        en: 'Publish the ICT indicators as open data every year.',
        zh: '每年以开放数据形式发布信息通信技术指标。',
      },
    },
    {
      decision: 'written',
      section: 'improvementOpportunities',
      text: {
        en: 'Measure mode shares with a household travel survey.',
        zh: '通过住户出行调查测算出行方式结构。',
      },
    },
  ],
  advice: [{ en: 'Repeat the assessment in two years.', zh: '两年后再次开展评估。' }],
};

/** The city accepts every section of the draft report, and the verifier issues the report. */
export async function acceptDraftAndIssue(actors: Actors, pilotId: string): Promise<Pilot> {
  for (const section of draftSections)
    await actors.city.call('POST', `/pilots/${pilotId}/draft-review`, { decision: 'accept', section });
  await actors.verifier.call('POST', `/pilots/${pilotId}/report-issue`, {});
  return waitForStage(actors.secretariat, pilotId, 'reported');
}

export async function verify(actors: Actors, pilotId: string): Promise<Pilot> {
  await startAndReview(actors, pilotId);
  await actors.verifier.call('POST', `/pilots/${pilotId}/conclusion`, sampleConclusion);
  await actors.supervisor.call('POST', `/pilots/${pilotId}/conclusion-decision`, { decision: 'approve' });
  return acceptDraftAndIssue(actors, pilotId);
}

export async function certify(actors: Actors, pilotId: string): Promise<Pilot> {
  await actors.secretariat.call('POST', `/pilots/${pilotId}/certification`, {});
  return waitForStage(actors.secretariat, pilotId, 'certified');
}
