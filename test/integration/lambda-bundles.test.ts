// The deployable artefacts run one whole pilot lifecycle: all 14 Lambda bundles, built as `cdk synth` builds them,
// in fresh processes without node_modules, each signing with its own keys and held to the IAM policy the synthesized
// app gives its role, driven over HTTP through API Gateway's front (test/support/bundles/).
import { join } from 'node:path';
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pilot } from '../../core/lifecycle/pilot.ts';
import { checkTemplate } from '../../core/template/read-template.ts';
import { taskSpecs } from '../../infra/task-specs.ts';
import { localPrincipals } from '../../local/iam/enforcement.ts';
import { loadPolicies } from '../../local/iam/load.ts';
import { localArns, localNaming } from '../../local/iam/naming.ts';
import { waitFor } from '../../scripts/lib/api-client.ts';
import {
  type Actors,
  acceptLetter,
  appointVerifier,
  downloadDocument,
  downloadTemplate,
  getPilot,
  sampleLetter,
  signInAll,
  uploadWorkbook,
  verify,
  waitForStage,
} from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { readUpload } from '../fixtures/read-upload.ts';
import { type BundledApp, startBundledApp } from '../support/bundles/app.ts';
import { tempDataDir, testPolicyCacheDir, testPort } from '../support/runtime.ts';
import { pdfText } from '../unit/documents/read-back.ts';

const naming = localNaming();
const began = performance.now();
let app: BundledApp;
let actors: Actors;
let pilotId: string;
let template: Buffer;

const pdfMagic = (bytes: Buffer) => bytes.subarray(0, 5).toString();

beforeAll(async () => {
  app = await startBundledApp(tempDataDir(), testPort());
  actors = await signInAll(app.urls.portal, app.urls.inbox);
}, 300_000);

afterAll(async () => {
  await app?.stop();
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.info(
    `Lambda bundles: ${seconds(app?.bundlingMs ?? 0)} bundling, ${seconds(performance.now() - began)} in all`,
  );
});

describe('one pilot lifecycle on the Lambda bundles', () => {
  it('builds every function of the synthesized app, the 9 tasks and the 4 entries', () => {
    expect([...app.functions].sort()).toEqual([...localPrincipals].sort());
  });

  it('opens a pilot from a letter of intent: the letter as a PDF with its fonts, the secretariat told by e-mail', async () => {
    // A city that prefers Chinese gets its documents in Chinese as well: the bundles must carry the CJK font.
    const letter = { ...sampleLetter('Aurora').letter, preferredLanguage: 'zh' };
    pilotId = (await actors.city.call<{ pilot: Pilot }>('POST', '/pilots', { letter })).pilot.pilotId;
    const pilot = await waitForStage(actors.secretariat, pilotId, 'loi_received');

    const pdf = await downloadDocument(actors.city, pilot, 'letter_of_intent');
    expect(pdfMagic(pdf)).toBe('%PDF-');
    expect(pdf.includes('FontFile3') || pdf.includes('FontFile2')).toBe(true);
    const mails = await actors.secretariat.inbox(naming.secretariatEmail);
    expect(mails.map((m) => m.subject)).toEqual([
      expect.stringMatching(
        /新的意向书：Aurora.*New letter of intent: Aurora|New letter of intent: Aurora.*新的意向书：Aurora/,
      ),
    ]);
  });

  it('issues a template signed with the key Secrets Manager holds, which the template check accepts', async () => {
    await acceptLetter(actors, pilotId);
    await waitForStage(actors.city, pilotId, 'data_collection');

    template = await downloadTemplate(actors, pilotId);

    const check = checkTemplate(await readUpload(template), app.signingKey);
    expect(check.meta.pilotId).toBe(pilotId);
    expect(check.problems).toEqual([]);
  });

  it('validates a workbook sent by presigned POST, from the S3 event through EventBridge to stored results', async () => {
    const pilot = await uploadWorkbook(actors, pilotId, await fillSampleWorkbook(template));

    expect(pilot.stage).toBe('validated');
    const delivered = app.bus.deliveries.filter((d) => d.target === 'upload-event');
    expect(delivered.map((d) => d.outcome)).toEqual([{ result: { outcome: 'received', version: 1 } }]);
    const results = await actors.city.call<{ valid: boolean; summary: { errors: number; reported: number } }>(
      'GET',
      `/pilots/${pilotId}/submissions/1`,
    );
    expect(results).toMatchObject({ valid: true, summary: { errors: 0, reported: 132 } });
  });

  it('dispatches the task to the verifier, whose conclusion the supervisor approves, and issues the report', async () => {
    // A new deployment publishes its staff directory before the first appointment.
    await actors.secretariat.call('POST', '/staff', {
      members: [{ userId: 'supervisor', name: 'Jonas Supervisor', email: 'supervisor@u4ssc.local' }],
      note: 'The first staff directory',
    });
    await appointVerifier(actors, pilotId);
    const mails = await actors.verifier.inbox('verifier@u4ssc.local');
    expect(mails.some((m) => m.subject.includes('Verification task: Aurora'))).toBe(true);

    const pilot = await verify(actors, pilotId);

    const reports = pilot.documents.filter((d) => d.kind === 'verification_report');
    // Keys start with a random id, so the languages are compared, not the order of the keys.
    expect(reports.map((d) => /-verification-report-(\w+)\.pdf$/.exec(d.key)?.[1]).sort()).toEqual([
      'en',
      'zh',
    ]);
    const chinese = reports.find((d) => d.key.endsWith('-zh.pdf'))!;
    const bytes = await downloadDocument(
      actors.city,
      { ...pilot, documents: [chinese] },
      'verification_report',
    );
    expect(pdfText(bytes)).toContain('U4SSC 关键绩效指标核查报告');
    expect((await downloadDocument(actors.city, pilot, 'verification_annex')).subarray(0, 2).toString()).toBe(
      'PK',
    );
    expect(pdfMagic(await downloadDocument(actors.city, pilot, 'city_snapshot'))).toBe('%PDF-');
  });

  it('fails certification with AccessDeniedException while generateCertificate may only read the table (issue 12)', async () => {
    const issue12 = await loadPolicies({
      cacheDir: join(testPolicyCacheDir, 'certificate-table-read-only'),
      naming,
      taskSpecs: { ...taskSpecs, generateCertificate: { ...taskSpecs.generateCertificate, table: 'read' } },
    });
    app.usePolicies(issue12.policies);
    try {
      await actors.secretariat.call('POST', `/pilots/${pilotId}/certification`, {});
      const failed = await waitFor('the certification run to fail', async () => {
        const pilot = await getPilot(actors.secretariat, pilotId);
        return pilot.lastFailure && !pilot.pendingRun ? pilot : undefined;
      });

      expect(failed.stage).toBe('reported');
      expect(failed.lastFailure).toMatchObject({
        machine: 'certification',
        error: 'AccessDeniedException',
        cause: expect.stringMatching(
          /^User: arn:aws:sts::\d+:assumed-role\/generateCertificate\/generateCertificate is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:[^ ]+:table\/u4ssc-local /,
        ),
      });
    } finally {
      app.usePolicies(app.policies);
    }
  });

  it("hands the failed run's status change to execution-failed, which finds it recorded by the Catch already", async () => {
    await app.idle();

    const delivered = app.bus.deliveries.filter((d) => d.target === 'execution-failed');
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.event).toMatchObject({
      source: 'aws.states',
      'detail-type': 'Step Functions Execution Status Change',
      detail: {
        status: 'FAILED',
        error: 'StageFailed',
        stateMachineArn: localArns(naming).stateMachine('certification'),
      },
    });
    expect(delivered[0]?.outcome).toEqual({ result: { recorded: false } });
    const { timeline } = await actors.secretariat.call<{ timeline: { type: string }[] }>(
      'GET',
      `/pilots/${pilotId}`,
    );
    expect(timeline.filter((e) => e.type === 'StageFailed')).toHaveLength(1);
  });

  it('certifies on the retry once the grant is back, and anyone can check the certificate without signing in', async () => {
    await actors.secretariat.call('POST', `/pilots/${pilotId}/stage-retry`, {});
    const pilot = await waitForStage(actors.secretariat, pilotId, 'certified');

    const number = pilot.certificate?.certificateNumber ?? '';
    expect(number).toMatch(/^U4SSC-\d{4}-/);
    expect(pdfMagic(await downloadDocument(actors.city, pilot, 'certificate'))).toBe('%PDF-');
    const check = await fetch(`${app.urls.portal}/api/public/certificates/${number}`);
    expect(check.status).toBe(200);
    expect(await check.json()).toMatchObject({ status: 'valid', cityName: 'Aurora' });
  });

  it('runs the sweeper on its schedule: no deadline near, no run left pending', async () => {
    const scheduled = {
      version: '0',
      id: 'c5c9fd4b-64e4-4f73-a1c9-4fba2b2a7f01',
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account: naming.account,
      time: new Date().toISOString(),
      region: naming.region,
      resources: [`arn:aws:events:${naming.region}:${naming.account}:rule/u4ssc-sweep`],
      detail: {},
    };

    expect(await app.host.invoke('sweeper', scheduled)).toEqual({
      result: {
        remindersSent: 0,
        remindersFailed: 0,
        runsRedriven: 0,
        uploadsRecovered: 0,
        countersCorrected: 0,
      },
    });
  });

  it('starts executions only for roles granted states:StartExecution, and never twice under one name', async () => {
    const start = async (principal: string, command: StartExecutionCommand) => {
      const client = new SFNClient({
        region: naming.region,
        endpoint: app.stepFunctions.url,
        credentials: app.credentialsOf(principal),
        maxAttempts: 1,
      });
      try {
        return await client.send(command).catch((error: Error) => error);
      } finally {
        client.destroy();
      }
    };
    const finished = [...app.stepFunctions.executions.values()].find((e) => e.status === 'SUCCEEDED')!;
    const { stateMachineArn, name, input } = finished;

    const denied = await start(
      'sendNotification',
      new StartExecutionCommand({ stateMachineArn, name: 'not-allowed' }),
    );
    const again = await start('api', new StartExecutionCommand({ stateMachineArn, name, input }));

    expect(denied).toMatchObject({ name: 'AccessDeniedException' });
    expect((denied as Error).message).toMatch(
      /assumed-role\/sendNotification\/sendNotification is not authorized to perform: states:StartExecution/,
    );
    expect(again).toMatchObject({ name: 'ExecutionAlreadyExists' });
  });

  it('invoked every one of the 14 functions', () => {
    expect([...app.host.invocations.keys()].sort()).toEqual([...localPrincipals].sort());
  });
});
