// The deployed artefacts themselves: Lambda bundles built as CDK builds them, run in fresh Node processes against the
// emulators (SDK endpoints from the environment), with only Step Functions answered by a recording stand-in.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageMachineNames } from '../../core/lifecycle/stages.ts';
import { checkTemplate } from '../../core/template/read-template.ts';
import { type BundleNeeds, bundleLambda, ENTRY_FILE } from '../../infra/bundling.ts';
import { entrySpecs } from '../../infra/entry-specs.ts';
import { taskSpecs } from '../../infra/task-specs.ts';
import { localNames } from '../../local/config.ts';
import { type Emulators, startEmulators } from '../../local/emulators.ts';
import {
  type Actors,
  acceptLetter,
  downloadTemplate,
  signInAll,
  submitLetter,
  waitForStage,
} from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { objectCreatedEvent } from '../fixtures/eventbridge-events.ts';
import { readUpload } from '../fixtures/read-upload.ts';
import { startTestRuntime, tempDataDir, testPort } from '../support/runtime.ts';
import { pdfText } from '../unit/documents/read-back.ts';

const noCapabilities: BundleNeeds = { sendsEmail: false };

const run = promisify(execFile);

/** StartExecution calls received by the Step Functions stand-in. */
const started: { stateMachineArn: string; name: string; input: string }[] = [];
let stepFunctions: Server;
let storage: Emulators;
let bundleDir: string;
let environment: Record<string, string>;
let actors: Actors;
let pilot: { pilotId: string; cityId: string; uploadKey: string };

/**
 * Builds one function's code asset exactly as CDK does, into a folder without node_modules (it must stand alone),
 * and returns the folder: what Lambda unpacks into its task root.
 */
function bundle(name: string, entry: string, needs: BundleNeeds): string {
  const taskRoot = join(bundleDir, name);
  bundleLambda(entry, taskRoot, needs);
  return taskRoot;
}

/** Reads a stored document as the embedded runtime would: signed (the gateway refuses anonymous reads). */
async function storedDocument(key: string): Promise<Buffer> {
  const client = new S3Client({
    endpoint: storage.endpoints.s3,
    region: localNames.region,
    forcePathStyle: true,
    credentials: storage.credentials,
  });
  const object = await client.send(new GetObjectCommand({ Bucket: localNames.buckets.documents, Key: key }));
  const bytes = Buffer.from(await object.Body!.transformToByteArray());
  client.destroy();
  return bytes;
}

/** Invokes a bundle's handler in a fresh Node process, as a Lambda cold start would, and returns its result. */
async function invoke(taskRoot: string, event: unknown): Promise<unknown> {
  const entry = pathToFileURL(join(taskRoot, ENTRY_FILE)).href;
  const script = `const { handler } = await import(${JSON.stringify(entry)});
const result = await handler(JSON.parse(process.env.TEST_EVENT), {});
process.stdout.write(JSON.stringify(result ?? null));`;
  const { stdout } = await run(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], {
    cwd: taskRoot,
    env: {
      PATH: process.env.PATH ?? '',
      ...environment,
      LAMBDA_TASK_ROOT: taskRoot,
      TEST_EVENT: JSON.stringify(event),
    },
  });
  return JSON.parse(stdout);
}

interface ApiResult {
  statusCode: number;
  body: string;
}

/** An API Gateway HTTP API (payload 2.0) event whose JWT the authorizer has already verified. */
function apiEvent(method: string, path: string, claims: Record<string, string>) {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'api.u4ssc.test', 'content-type': 'application/json' },
    requestContext: {
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      authorizer: { jwt: { claims, scopes: [] } },
      requestId: 'test',
      stage: '$default',
    },
    body: method === 'GET' ? undefined : '{}',
    isBase64Encoded: false,
  };
}

/** Answers StartExecution the way Step Functions' JSON protocol does, and records the call. */
function startStepFunctionsStandIn(): Promise<string> {
  stepFunctions = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const call = JSON.parse(body) as (typeof started)[number];
      started.push(call);
      response.setHeader('content-type', 'application/x-amz-json-1.0');
      response.end(
        JSON.stringify({ executionArn: `${call.stateMachineArn}:${call.name}`, startDate: 1.7e9 }),
      );
    });
  });
  return new Promise((resolve) =>
    stepFunctions.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(stepFunctions.address() as AddressInfo).port}`),
    ),
  );
}

beforeAll(async () => {
  const dataDir = tempDataDir();
  const port = testPort();
  // The embedded runtime brings a pilot to data collection and issues an upload link, then stops.
  const runtime = await startTestRuntime(dataDir, port);
  actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
  const { pilotId, cityId } = await submitLetter(actors, 'Aurora');
  await acceptLetter(actors, pilotId);
  await waitForStage(actors.city, pilotId, 'data_collection');
  const workbook = await fillSampleWorkbook(await downloadTemplate(actors, pilotId));
  const ticket = await actors.city.call<{ url: string; fields: Record<string, string> }>(
    'POST',
    `/pilots/${pilotId}/uploads`,
  );
  const signingKey = runtime.deps.settings.templateSigningKey;
  await runtime.stop();
  // From here on only storage runs: nothing of the embedded runtime reacts to the upload.
  storage = await startEmulators({
    dataDir,
    host: '127.0.0.1',
    ports: { dynamodb: port + 1, s3: port + 2, mail: port + 3 },
    ...localNames,
  });
  await actors.city.upload(ticket, workbook, 'kpi-data.xlsx');
  pilot = { pilotId, cityId, uploadKey: ticket.fields.key ?? '' };

  const stepFunctionsUrl = await startStepFunctionsStandIn();
  const arn = (machine: string) => `arn:aws:states:us-east-1:000000000000:stateMachine:u4ssc-test-${machine}`;
  environment = {
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: storage.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: storage.credentials.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: storage.endpoints.dynamodb,
    AWS_ENDPOINT_URL_S3: storage.endpoints.s3,
    AWS_ENDPOINT_URL_SESV2: storage.endpoints.mail,
    AWS_ENDPOINT_URL_SFN: stepFunctionsUrl,
    TABLE_NAME: localNames.tableName,
    UPLOADS_BUCKET: localNames.buckets.uploads,
    DOCUMENTS_BUCKET: localNames.buckets.documents,
    FROM_ADDRESS: localNames.fromAddress,
    SECRETARIAT_EMAIL: localNames.secretariatEmail,
    PORTAL_URL: 'https://portal.u4ssc.test',
    TEMPLATE_SIGNING_KEY: signingKey,
    STATE_MACHINE_ARNS: JSON.stringify(Object.fromEntries(stageMachineNames.map((m) => [m, arn(m)]))),
    POWERTOOLS_LOG_LEVEL: 'SILENT',
  };
  bundleDir = mkdtempSync(join(tmpdir(), 'u4ssc-lambda-'));
}, 120_000);

afterAll(async () => {
  stepFunctions?.close();
  await storage?.stop();
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
});

describe('Lambda bundles against the emulators', () => {
  it('records an uploaded workbook and starts the submission stage (upload-event)', async () => {
    const uploadEvent = bundle('upload-event', 'functions/upload-event.ts', entrySpecs['upload-event']);

    const outcome = await invoke(
      uploadEvent,
      objectCreatedEvent(encodeURIComponent(pilot.uploadKey), localNames.buckets.uploads),
    );

    expect(outcome).toEqual({ outcome: 'received', version: 1 });
    expect(started).toHaveLength(1);
    expect(started[0]!.stateMachineArn).toMatch(/submission/);
    expect(JSON.parse(started[0]!.input)).toEqual({ pilotId: pilot.pilotId });
  });

  it('writes the letter of intent as a PDF with its fonts, which ship in the code asset (checkLetter)', async () => {
    const checkLetter = bundle('checkLetter', 'functions/tasks/checkLetter.ts', taskSpecs.checkLetter);

    const result = (await invoke(checkLetter, { pilotId: pilot.pilotId })) as {
      letterDocument: { key: string };
    };

    const pdf = await storedDocument(result.letterDocument.key);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.includes('FontFile3') || pdf.includes('FontFile2')).toBe(true);
  });

  it('issues a signed template that the template check accepts for this pilot (generateTemplate)', async () => {
    const generate = bundle(
      'generateTemplate',
      'functions/tasks/generateTemplate.ts',
      taskSpecs.generateTemplate,
    );

    const issued = (await invoke(generate, { pilotId: pilot.pilotId })) as { key: string };

    const template = await storedDocument(issued.key);
    const check = checkTemplate(await readUpload(template), environment.TEMPLATE_SIGNING_KEY ?? '');
    expect(check.meta.pilotId).toBe(pilot.pilotId);
    expect(check.problems).toEqual([]);
  });

  it('sends an e-mail through SES (sendNotification)', async () => {
    const send = bundle(
      'sendNotification',
      'functions/tasks/sendNotification.ts',
      taskSpecs.sendNotification,
    );
    const inbox = async () =>
      ((await (await fetch(`${storage.endpoints.mail}/emails`)).json()) as { emails: unknown[] }).emails
        .length;
    const before = await inbox();

    const result = await invoke(send, { pilotId: pilot.pilotId, kind: 'letter_acknowledged' });

    expect(result).toEqual({ sentTo: 1 });
    expect(await inbox()).toBe(before + 1);
  });

  it('renders every document from a bundle that carries only its own files', async () => {
    const documents = bundle('documents', 'test/fixtures/documents-bundle-entry.ts', noCapabilities);

    const rendered = (await invoke(documents, {})) as Record<string, string>;

    const bytes = (name: string) => Buffer.from(rendered[name] ?? '', 'base64');
    for (const name of ['letter', 'report', 'snapshot', 'certificate']) {
      expect(bytes(name).subarray(0, 5).toString(), name).toBe('%PDF-');
    }
    expect(pdfText(bytes('report'))).toContain('U4SSC 关键绩效指标核查报告');
    expect(bytes('annex').subarray(0, 2).toString()).toBe('PK');
  });

  it('validates the recorded workbook and stores its results (validateSubmission)', async () => {
    const validate = bundle(
      'validateSubmission',
      'functions/tasks/validateSubmission.ts',
      taskSpecs.validateSubmission,
    );

    const result = (await invoke(validate, { pilotId: pilot.pilotId })) as Record<string, unknown>;

    expect(result).toMatchObject({ valid: true, version: 1, changedDataPoints: [] });
    expect(result.summary).toMatchObject({ errors: 0, reported: 132 });
    const stored = await storedDocument(String(result.resultsKey));
    expect(JSON.parse(stored.toString('utf8'))).toMatchObject({
      pilotId: pilot.pilotId,
      version: 1,
      valid: true,
    });
  });

  it('answers the city and signs a working download link (api)', async () => {
    const api = bundle('api', 'functions/api.ts', entrySpecs.api);
    const city = { sub: 'aurora', 'cognito:groups': '[city]', 'custom:cityId': pilot.cityId };

    const read = (await invoke(api, apiEvent('GET', `/api/pilots/${pilot.pilotId}`, city))) as ApiResult;
    const link = (await invoke(
      api,
      apiEvent('GET', `/api/pilots/${pilot.pilotId}/template`, city),
    )) as ApiResult;

    expect(read.statusCode).toBe(200);
    expect(JSON.parse(read.body).pilot.submissions).toEqual([
      expect.objectContaining({ version: 1, status: 'received' }),
    ]);
    expect(link.statusCode).toBe(200);
    const { url } = JSON.parse(link.body) as { url: string };
    expect(url.startsWith(storage.endpoints.s3)).toBe(true);
    const template = await actors.city.download(url);
    expect(template.subarray(0, 2).toString()).toBe('PK');
  });
});
