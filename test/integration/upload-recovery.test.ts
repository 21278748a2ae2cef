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
  it('are validated on the next start, and only once', async () => {
    const dataDir = tempDataDir();
    const port = testPort();
    runtime = await startTestRuntime(dataDir, port);
    let actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
    const { pilotId } = await submitLetter(actors);
    await acceptLetter(actors, pilotId);
    await waitForStage(actors.city, pilotId, 'data_collection');
    const workbook = await fillSampleWorkbook(await downloadTemplate(actors, pilotId));
    const ticket = await actors.city.call<{ url: string; fields: Record<string, string> }>(
      'POST',
      `/pilots/${pilotId}/uploads`,
    );
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
    await storageOnly.stop();

    runtime = await startTestRuntime(dataDir, port);
    actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
    const validated = await waitForStage(actors.city, pilotId, 'validated');
    await runtime.stop();
    runtime = await startTestRuntime(dataDir, port);
    actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);

    expect(validated.submissions.map((s) => [s.version, s.status])).toEqual([[1, 'validated']]);
    expect((await getPilot(actors.city, pilotId)).submissions).toHaveLength(1);
  });
});
