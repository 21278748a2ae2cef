// Synthesizes the CDK app in process, without bundling or CloudFormation validation, and says which logical resource
// is which principal and which named resource; loaded only when the cached policies are stale (it pulls in aws-cdk-lib).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { stageMachineNames } from '../../core/lifecycle/stages.ts';
import { taskNames } from '../../core/stage-tasks/task-names.ts';
import type { BundleNeeds } from '../../infra/bundling.ts';
import { cdkContext } from '../../infra/cdk-context.ts';
import type { ProjectFunction } from '../../infra/constructs/project-function.ts';
import { entryNames } from '../../infra/entry-specs.ts';
import { buildStage, type StageOptions } from '../../infra/stages.ts';
import { type LocalNaming, stateMachinePrincipal } from './naming.ts';

export interface Located {
  stack: string;
  logicalId: string;
}

/** A function or state machine, and its name before any stage prefix (the task, entry or machine name). */
export interface PrincipalResource extends Located {
  baseName: string;
  /** A function's: what its code asset is bundled from, which the template's asset hash cannot tell. */
  code?: { entry: string; needs: BundleNeeds };
}

/** The resources the local naming renames; the workflow stack refers to them by their deployed names. */
export type NamedResource = 'table' | 'uploads' | 'documents' | 'signingSecret' | 'userPool';

export interface SynthesizedApp {
  /** Stack name -> template, as written to the cloud assembly (unchecked JSON). */
  templates: Record<string, unknown>;
  /** Principal name -> the function or state machine whose role it is. */
  principals: Record<string, PrincipalResource>;
  resources: Record<NamedResource, Located>;
}

function locate(construct: IConstruct): Located {
  const element = construct.node.defaultChild as CfnElement;
  const stack = Stack.of(element);
  return { stack: stack.stackName, logicalId: stack.getLogicalId(element) };
}

/** The stage as `cdk synth` builds it, with the local sender and secretariat and environment-agnostic stacks. */
export function synthesizeApp(
  naming: LocalNaming,
  options: Pick<StageOptions, 'taskSpecs'> = {},
): SynthesizedApp {
  const outdir = mkdtempSync(join(tmpdir(), 'u4ssc-iam-synth-'));
  try {
    // Bundling and the built-in CloudFormation validation (a WebAssembly engine) are most of synth time, and
    // neither changes a policy.
    const app = new App({
      outdir,
      context: cdkContext(
        { fromAddress: naming.fromAddress, secretariatEmail: naming.secretariatEmail },
        false,
      ),
      builtinCloudFormationValidation: false,
    });
    const { data, workflow } = buildStage(app, { ...options, env: {} });
    const assembly = app.synth();
    const principals: Record<string, PrincipalResource> = {};
    const ofFunction = (fn: ProjectFunction, baseName: string) => ({
      ...locate(fn.fn),
      baseName,
      code: fn.code,
    });
    for (const task of taskNames) principals[task] = ofFunction(workflow.tasks.byTask[task], task);
    for (const entry of entryNames) principals[entry] = ofFunction(workflow.entries.byName[entry], entry);
    for (const machine of stageMachineNames)
      principals[stateMachinePrincipal(machine)] = {
        ...locate(workflow.machines.byName[machine]),
        baseName: machine,
      };
    return {
      templates: Object.fromEntries(assembly.stacks.map((stack) => [stack.stackName, stack.template])),
      principals,
      resources: {
        table: locate(data.table),
        uploads: locate(data.uploads),
        documents: locate(data.documents),
        signingSecret: locate(data.signingKey),
        userPool: locate(workflow.auth.userPool),
      },
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
