import { existsSync, readdirSync, readFileSync } from 'node:fs';
import aslValidator from 'asl-validator';
import { describe, expect, it } from 'vitest';
import { localFunctionArn } from '../../adapters/local/local-stage-runner.ts';
import { stageMachineNames } from '../../core/lifecycle/stages.ts';
import { taskHandlers } from '../../core/stage-tasks/index.ts';
import { type TaskName, taskNames } from '../../core/stage-tasks/task-names.ts';
import {
  definitionPath,
  definitionTemplate,
  renderDefinition,
  stageMachines,
  substitutionsFor,
} from '../../state-machines/stage-machines.ts';
import { ownRetryPoliciesOf, tasksWithoutStandardRetry } from '../support/standard-retry.ts';
import { sampleLambdaEnv } from './support/lambda-env.ts';
import { resourcesOf, synthStage } from './support/synth.ts';

const tasksDir = new URL('../../functions/tasks/', import.meta.url);
const { workflow } = synthStage();
const cdkMachines = Object.values(resourcesOf(workflow, 'AWS::StepFunctions::StateMachine'));
const deployedOf = (machine: string) =>
  cdkMachines.find((m) => m.Properties?.StateMachineName === `u4ssc-dev-${machine}`)?.Properties;

const definitionOf = (machine: string) =>
  JSON.parse(readFileSync(definitionPath(machine as never), 'utf8')) as {
    States: Record<string, { Type: string }>;
  };
const taskStatesOf = (machine: (typeof stageMachineNames)[number]) =>
  Object.entries(definitionOf(machine).States)
    .filter(([, state]) => state.Type === 'Task')
    .map(([name]) => name);

// functions/composition.ts reads its configuration when a task module loads; give it a well-formed one.
Object.assign(process.env, sampleLambdaEnv);

describe.each(stageMachineNames)('%s runs the same way on AWS and locally', (machine) => {
  it('is valid ASL as deployed (asl-validator, on a copy since it mutates its input)', () => {
    const { isValid, errors } = aslValidator(JSON.parse(definitionTemplate(machine)));
    expect(errors).toEqual([]);
    expect(isValid).toBe(true);
  });

  it('is deployed as the local runner renders it, the standard Retry on every Task state', () => {
    const deployed = JSON.parse(deployedOf(machine)?.DefinitionString as string);
    expect(deployed).toEqual(JSON.parse(definitionTemplate(machine)));
    expect(tasksWithoutStandardRetry(deployed, ownRetryPoliciesOf(machine))).toEqual([]);
  });

  it.each(taskStatesOf(machine))('Task state %s has a Lambda entry and a local handler', async (state) => {
    const task = stageMachines[machine].tasks[state] as TaskName;
    expect(taskNames).toContain(task);
    const entry = new URL(`${task}.ts`, tasksDir);
    expect(existsSync(entry), entry.pathname).toBe(true);
    const module = await import(entry.href);
    expect(typeof module.handler).toBe('function');
    expect(typeof taskHandlers[task]).toBe('function');
  });

  it('has every placeholder filled locally (localFunctionArn)', () => {
    const rendered = renderDefinition(machine, substitutionsFor(machine, localFunctionArn));
    expect(rendered).not.toMatch(/\$\{/);
    for (const task of new Set(Object.values(stageMachines[machine].tasks))) {
      expect(rendered).toContain(`"${localFunctionArn(task)}"`);
    }
  });

  it('has every placeholder filled by CDK (DefinitionSubstitutions)', () => {
    const deployed = deployedOf(machine);
    const definition = deployed?.DefinitionString as string;
    const substituted = Object.keys(deployed?.DefinitionSubstitutions as object);
    const placeholders = [...new Set([...definition.matchAll(/\$\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]))];
    expect(placeholders.length).toBeGreaterThan(0);
    expect(placeholders.filter((p) => !substituted.includes(p as string))).toEqual([]);
  });
});

describe('no orphans', () => {
  it('every task of the table is used by some machine and has exactly one entry file', () => {
    const used = new Set(stageMachineNames.flatMap((m) => Object.values(stageMachines[m].tasks)));
    expect([...used].sort()).toEqual([...taskNames].sort());
    const entries = readdirSync(tasksDir).map((file) => file.replace(/\.ts$/, ''));
    expect(entries.sort()).toEqual([...taskNames].sort());
  });
});
