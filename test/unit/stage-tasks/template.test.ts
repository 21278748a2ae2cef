// The template task tells data collection how long it lasts: the period proposed at acceptance, else the setting.
import { describe, expect, it } from 'vitest';
import { generateTemplate } from '../../../core/stage-tasks/template.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { pilotIn } from '../../support/pilots.ts';

async function issuedFor(proposedMonths: number | undefined, settingMonths: number) {
  const deps = memoryDeps();
  deps.settings.collectionMonths = settingMonths;
  const deadline = proposedMonths ? { proposedMonths, confirmations: [], extensions: [] } : undefined;
  const pilot = await deps.pilots.seed(pilotIn('accepted', { deadline }));
  return generateTemplate(deps, { pilotId: pilot.pilotId });
}

describe('the template task', () => {
  it('opens data collection for the period the secretariat proposed at acceptance', async () => {
    expect((await issuedFor(4, 6)).collectionMonths).toBe(4);
  });

  it("uses the programme's collectionMonths setting when none was proposed", async () => {
    expect((await issuedFor(undefined, 5)).collectionMonths).toBe(5);
  });
});
