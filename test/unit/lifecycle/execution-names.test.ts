// Execution names: the machine a failed run belonged to is recovered from its deterministic name alone.
import { describe, expect, it } from 'vitest';
import { executionNameFor, machineOfExecution } from '../../../core/lifecycle/pilot.ts';
import { stageMachineNames } from '../../../core/lifecycle/stages.ts';

describe('machineOfExecution', () => {
  it.each(stageMachineNames)('recovers %s from the name executionNameFor gives it', (machine) => {
    const pilotId = 'p-2026-shenzhen-7f3a';
    expect(machineOfExecution(pilotId, executionNameFor(pilotId, machine, 12))).toBe(machine);
  });

  it('refuses a name that belongs to another pilot', () => {
    expect(machineOfExecution('p-1', executionNameFor('p-2', 'reporting', 3))).toBeUndefined();
  });

  it('refuses a name whose middle part is not a stage machine', () => {
    expect(machineOfExecution('p-1', 'p-1-backfill-3')).toBeUndefined();
  });
});
