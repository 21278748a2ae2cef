// The embedded runtime holds every function to the IAM policy the CDK app synthesizes for it: a grant removed in
// infra/ makes the lifecycle fail the way AWS would, and each function reaches only what its role allows.
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskSpecs } from '../../infra/task-specs.ts';
import { localNames } from '../../local/config.ts';
import type { Runtime } from '../../local/runtime.ts';
import { waitFor } from '../../scripts/lib/api-client.ts';
import { getPilot, signInAll, submitLetter } from '../../scripts/lib/lifecycle-steps.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';

describe('a grant removed in infra/', () => {
  let runtime: Runtime;

  beforeAll(async () => {
    // recordTransition records every automated step; read-only on the table, it can record none.
    runtime = await startTestRuntime(tempDataDir(), undefined, {
      taskSpecs: { ...taskSpecs, recordTransition: { ...taskSpecs.recordTransition, table: 'read' } },
    });
  });
  afterAll(() => runtime.stop());

  it('fails the first stage with AccessDeniedException naming the function, the call and the table', async () => {
    const actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);

    const { pilotId } = await submitLetter(actors);
    const failed = await waitFor('the intake stage to fail', async () => {
      const pilot = await getPilot(actors.secretariat, pilotId);
      return pilot.lastFailure && !pilot.pendingRun ? pilot : undefined;
    });

    expect(failed.stage).toBe('loi_received');
    expect(failed.lastFailure).toMatchObject({
      machine: 'letter-of-intent-intake',
      error: 'AccessDeniedException',
      cause: expect.stringMatching(
        /assumed-role\/recordTransition\/recordTransition is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:.*:table\/u4ssc-local/,
      ),
    });
  });
});

describe('the rights of each function', () => {
  let runtime: Runtime;

  beforeAll(async () => {
    runtime = await startTestRuntime(tempDataDir());
  });
  afterAll(() => runtime.stop());

  it('lets the sweeper, which has no grant on the documents bucket, read nothing from it', async () => {
    const sweeper = runtime.depsOf('sweeper');

    const refused = await sweeper.documents.get('templates/p1/t1.xlsx').catch((error: Error) => error);

    expect(refused).toMatchObject({ name: 'AccessDenied' });
    expect((refused as Error).message).toMatch(/sweeper.*s3:GetObject/);
  });

  it('lets the API read the documents bucket, where a missing key is "not found", not "denied"', async () => {
    const missing = await runtime.deps.documents.get('templates/p1/none.xlsx').catch((error: Error) => error);

    expect(missing).toMatchObject({ name: 'NoSuchKey' });
  });

  it('refuses a client signing with credentials the registry does not know', async () => {
    const stranger = new S3Client({
      region: localNames.region,
      endpoint: runtime.urls.s3,
      forcePathStyle: true,
      credentials: { accessKeyId: 'AKIASTRANGER', secretAccessKey: 'not-a-registered-secret' },
    });

    const refused = await stranger
      .send(new GetObjectCommand({ Bucket: localNames.buckets.documents, Key: 'x' }))
      .catch((error: Error) => error);

    expect(refused).toMatchObject({ name: 'InvalidAccessKeyId' });
  });
});
