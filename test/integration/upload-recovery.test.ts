// A workbook that reaches storage while no upload event can be handled is picked up when the runtime starts again.
import { afterAll, describe, expect, it } from 'vitest';
import { localNames } from '../../local/config.ts';
import { startEmulators } from '../../local/emulators.ts';
import type { Runtime } from '../../local/runtime.ts';
import {
  acceptLetter,
  downloadTemplate,
  getPilot,
  signInAll,
  submitLetter,
  waitForStage,
} from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { startTestRuntime, tempDataDir, testPort } from '../support/runtime.ts';

let runtime: Runtime | undefined;
afterAll(async () => {
  await runtime?.stop();
});

describe('uploads that arrived without an event', () => {
  it('are validated on the next start, and only once, whether or not their link was claimed', async () => {
    const dataDir = tempDataDir();
    const port = testPort();
    runtime = await startTestRuntime(dataDir, port);
    let actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
    const ready = async (cityName: string) => {
      const { pilotId } = await submitLetter(actors, cityName);
      await acceptLetter(actors, pilotId);
      await waitForStage(actors.city, pilotId, 'data_collection');
      const workbook = await fillSampleWorkbook(await downloadTemplate(actors, pilotId));
      const ticket = await actors.city.call<{
        uploadId: string;
        url: string;
        fields: Record<string, string>;
      }>('POST', `/pilots/${pilotId}/uploads`);
      return { pilotId, workbook, ticket };
    };
    const { pilotId, workbook, ticket } = await ready('Aurora');
    // The second upload's handler claimed its link, then the process died before recording anything.
    const claimed = await ready('Aurora');
    await runtime.deps.grants.claimGrant(claimed.pilotId, claimed.ticket.uploadId, {
      at: new Date().toISOString(),
      objectTag: 'the-object-whose-handler-died',
    });
    await runtime.stop();
    runtime = undefined;
    // Only storage is up: the POST lands, and its "object created" event reaches nobody.
    const storageOnly = await startEmulators({
      dataDir,
      host: '127.0.0.1',
      ports: { dynamodb: port + 1, s3: port + 2, mail: port + 3 },
      ...localNames,
    });
    await actors.city.upload(ticket, workbook, 'kpi-data.xlsx');
    await actors.city.upload(claimed.ticket, claimed.workbook, 'kpi-data.xlsx');
    await storageOnly.stop();

    runtime = await startTestRuntime(dataDir, port);
    actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
    const validated = await waitForStage(actors.city, pilotId, 'validated');
    const validatedAfterClaim = await waitForStage(actors.city, claimed.pilotId, 'validated');
    await runtime.stop();
    runtime = await startTestRuntime(dataDir, port);
    actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);

    expect(validated.submissions.map((s) => [s.version, s.status])).toEqual([[1, 'validated']]);
    expect(validatedAfterClaim.submissions.map((s) => [s.version, s.status])).toEqual([[1, 'validated']]);
    expect((await getPilot(actors.city, pilotId)).submissions).toHaveLength(1);
    expect((await getPilot(actors.city, claimed.pilotId)).submissions).toHaveLength(1);
  });
});
