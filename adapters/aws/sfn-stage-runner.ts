// Step Functions adapter: starts a stage machine with its deterministic execution name.
import type { SFNClient, SFNClientConfig } from '@aws-sdk/client-sfn';
import type { StageMachineName } from '../../core/lifecycle/stages.ts';
import type { StageRun, StageRunner } from '../../core/use-cases/ports.ts';
import { translateTransientErrors } from './transient.ts';

export class SfnStageRunner implements StageRunner {
  /** Loaded on the first start: most requests start no stage, and the SDK module costs tens of ms at cold start. */
  private sdk?: Promise<{ client: SFNClient; module: typeof import('@aws-sdk/client-sfn') }>;

  constructor(
    private readonly clientConfig: SFNClientConfig,
    private readonly machineArns: Record<StageMachineName, string>,
  ) {}

  async start(run: StageRun): Promise<void> {
    this.sdk ??= import('@aws-sdk/client-sfn').then((module) => ({
      module,
      client: translateTransientErrors(new module.SFNClient(this.clientConfig)),
    }));
    const { client, module } = await this.sdk;
    try {
      await client.send(
        new module.StartExecutionCommand({
          stateMachineArn: this.machineArns[run.machine],
          name: run.executionName,
          input: JSON.stringify(run.input),
        }),
      );
    } catch (error) {
      // The same name was started before: that run owns the stage, so starting again is a no-op.
      if (
        error instanceof module.ExecutionAlreadyExists ||
        (error as Error).name === 'ExecutionAlreadyExists'
      )
        return;
      throw error;
    }
  }
}
