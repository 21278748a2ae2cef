// The workbook tasks are bounded on AWS: their functions reserve concurrency from their task specs, no other does.
import { describe, expect, it } from 'vitest';
import { taskNames } from '../../core/stage-tasks/task-names.ts';
import { taskSpecs } from '../../infra/task-specs.ts';
import { resourcesOf, synthStage } from './support/synth.ts';

const { workflow } = synthStage();
const byName = new Map(
  Object.values(resourcesOf(workflow, 'AWS::Lambda::Function')).map((f) => [
    f.Properties.FunctionName as string,
    f.Properties,
  ]),
);
const props = (task: string) => byName.get(`u4ssc-dev-${task}`)!;

describe('the functions that open a whole workbook', () => {
  it.each(['validateSubmission', 'writeFeedbackWorkbook'] as const)(
    '%s reserves its concurrency and has a full vCPU of memory',
    (task) => {
      expect(taskSpecs[task].reservedConcurrency).toBeGreaterThanOrEqual(8);
      expect(props(task)).toMatchObject({
        ReservedConcurrentExecutions: taskSpecs[task].reservedConcurrency,
        MemorySize: 1769,
      });
    },
  );

  it('are the only functions with reserved concurrency, so the account pool is not carved up further', () => {
    const reserved = [...byName]
      .filter(([, p]) => p.ReservedConcurrentExecutions !== undefined)
      .map(([name]) => name.replace('u4ssc-dev-', ''))
      .sort();
    expect(reserved).toEqual(taskNames.filter((t) => taskSpecs[t].reservedConcurrency).sort());
    expect(reserved).toEqual(['validateSubmission', 'writeFeedbackWorkbook']);
  });
});
