// `npm run demo`: drives one sample city through every stage against the running system, as a real client would.

import { LINK_SECONDS } from '../core/use-cases/downloads.ts';
import type { Candidate } from '../core/verification/ranking.ts';
import { configFromEnv, portsFrom } from '../local/config.ts';
import { ApiClient } from './lib/api-client.ts';
import { demoVerifiers, eligibleDemoVerifier } from './lib/demo-verifier.ts';
import {
  acceptLetter,
  appointVerifier,
  attachSignedLetter,
  certify,
  downloadDocument,
  downloadTemplate,
  registerDemoVerifier,
  signInAll,
  submitLetter,
  uploadWorkbook,
  verify,
  waitForStage,
} from './lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from './lib/sample-workbook.ts';

// The same U4SSC_HOST and U4SSC_PORT as `npm start`, so the demo drives the instance started with them.
const { host, port } = configFromEnv();
const baseUrl = `http://${host}:${portsFrom(port).api}`;
const inboxUrl = `http://${host}:${portsFrom(port).mail}`;
const totalSteps = 10;
let step = 0;

async function stage<T>(label: string, work: () => Promise<T>): Promise<T> {
  step++;
  const started = Date.now();
  process.stdout.write(`[${step}/${totalSteps}] ${label} ... `);
  const result = await work();
  console.log(`done in ${Date.now() - started} ms`);
  return result;
}

async function main() {
  const health = await fetch(`${baseUrl}/api/health`).catch(() => undefined);
  if (!health?.ok) {
    console.error(
      `The system is not reachable at ${baseUrl}. Start it first with "npm start" in another terminal.`,
    );
    process.exit(1);
  }
  const actors = await signInAll(baseUrl, inboxUrl);
  const pilot = await stage('Aurora sends its letter of intent', () => submitLetter(actors));
  const { pilotId } = pilot;
  await stage('The mayor signs the generated letter; the city uploads it', async () => {
    const generated = await waitForStage(actors.city, pilotId, 'loi_received');
    // A real mayor signs a printout; the demo sends the generated PDF back as the signed copy.
    await attachSignedLetter(
      actors,
      pilotId,
      await downloadDocument(actors.city, generated, 'letter_of_intent'),
    );
  });
  await stage('Secretariat accepts the letter; template issuance runs', async () => {
    await acceptLetter(actors, pilotId);
    await waitForStage(actors.city, pilotId, 'data_collection');
  });
  const template = await stage('City downloads its personalised KPI workbook', () =>
    downloadTemplate(actors, pilotId),
  );
  const rejected = await stage('City uploads a workbook with mistakes', async () =>
    uploadWorkbook(
      actors,
      pilotId,
      await fillSampleWorkbook(template, {
        overrides: { 'EC.ICT.ICT.1C': { numerator: 'lots', denominator: -5 } },
      }),
    ),
  );
  const findings = await actors.city.call<{
    findings: { severity: string; cell?: string; message: { en: string } }[];
  }>('GET', `/pilots/${pilotId}/submissions/1`);
  console.log(`      -> stage ${rejected.stage}; ${findings.findings.length} findings, e.g.`);
  for (const f of findings.findings.slice(0, 3))
    console.log(`         ${f.severity} ${f.cell ?? ''}: ${f.message.en}`);
  const validated = await stage('City uploads the corrected workbook', async () =>
    uploadWorkbook(actors, pilotId, await fillSampleWorkbook(template)),
  );
  console.log(
    `      -> stage ${validated.stage}; summary ${JSON.stringify(validated.submissions.at(-1)?.summary)}`,
  );
  const verifierId = await stage(
    'Secretariat appoints an eligible verifier; the task is e-mailed',
    async () => {
      for (const { verifierId: id } of demoVerifiers) await registerDemoVerifier(actors, id);
      const { candidates } = await actors.secretariat.call<{ candidates: Candidate[] }>(
        'GET',
        `/pilots/${pilotId}/candidates`,
      );
      // The rotation rule bars the verifier of the city's previous cycle, so a second run appoints the other one.
      const chosen = eligibleDemoVerifier(candidates);
      await appointVerifier(actors, pilotId, chosen);
      return chosen;
    },
  );
  const withVerifier = { ...actors, verifier: await new ApiClient(baseUrl, inboxUrl).signIn(verifierId) };
  console.log(`      -> ${demoVerifiers.find((v) => v.verifierId === verifierId)?.name} (${verifierId})`);
  await stage('Verifier accepts and concludes; the report is generated', () => verify(withVerifier, pilotId));
  const certified = await stage('Secretariat certifies; the certificate is issued', () =>
    certify(actors, pilotId),
  );
  const mails = await stage('Reading the notifications from the local inbox', () => actors.city.inbox());

  console.log(
    `\nPilot ${pilotId} is ${certified.stage}. Certificate ${certified.certificate?.certificateNumber}`,
  );
  console.log(`Dataset hash ${certified.certificate?.datasetHash}`);
  const portal = `${baseUrl}/pilots/${pilotId}`;
  console.log(`\nOpen in the portal (sign in as secretariat / demo):\n  pilot page       ${portal}`);
  if (certified.certificate)
    console.log(`  public check     ${baseUrl}/certificates/${certified.certificate.certificateNumber}`);
  console.log(`\nDocuments (download links valid for ${LINK_MINUTES} minutes; the pilot page has them too):`);
  for (const d of certified.documents) {
    const { url } = await actors.secretariat.call<{ url: string }>(
      'GET',
      `/pilots/${pilotId}/documents?key=${encodeURIComponent(d.key)}`,
    );
    console.log(`  ${documentName(d.kind, d.key).padEnd(32)} ${url}`);
  }
  const recent = mails.filter((m) => m.text.includes(pilotId));
  console.log(`\n${recent.length} e-mails about this pilot in the local inbox (${inboxUrl}):`);
  for (const m of recent) console.log(`  to ${m.to.join(', ')}: ${m.subject}`);
}

const LINK_MINUTES = LINK_SECONDS / 60;

/** A document as a person names it: its kind in words and, for the bilingual documents, its language. */
function documentName(kind: string, key: string): string {
  const language = { en: 'English', zh: 'Chinese' }[/-(en|zh)\.pdf$/.exec(key)?.[1] ?? ''];
  const name = kind.replaceAll('_', ' ');
  return language ? `${name} (${language})` : name;
}

main().catch((error: Error) => {
  console.error(`\nDemo failed: ${error.message}`);
  process.exit(1);
});
