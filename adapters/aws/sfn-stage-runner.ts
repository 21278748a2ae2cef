// Step Functions adapter: starts a stage machine with its deterministic execution name.
import { ExecutionAlreadyExists, type SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { StageMachineName } from '../../core/lifecycle/stages.ts';
import type { StageRun, StageRunner } from '../../core/ports.ts';

export class SfnStageRunner implements StageRunner {
  constructor(
    private readonly client: SFNClient,
    private readonly machineArns: Record<StageMachineName, string>,
  ) {}

  async start(run: StageRun): Promise<void> {
    try {
      await this.client.send(
        new StartExecutionCommand({
          stateMachineArn: this.machineArns[run.machine],
          name: run.executionName,
          input: JSON.stringify(run.input),
        }),
      );
    } catch (error) {
      // The same name was started before: that run owns the stage, so starting again is a no-op.
      if (error instanceof ExecutionAlreadyExists || (error as Error).name === 'ExecutionAlreadyExists')
        return;
      throw error;
    }
  }
}
