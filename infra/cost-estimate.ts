// Estimates AWS cost for one city's lifecycle and for 500 cities a year from the synthesized stacks and the ASL files.
// Run: npx tsx infra/cost-estimate.ts  (prices and usage are assumptions in infra/cost-assumptions.ts)
import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { type StageMachineName, stageMachineNames } from '../core/lifecycle/stages.ts';
import type { TaskName } from '../core/stage-tasks/task-names.ts';
import { definitionPath, stageMachines } from '../state-machines/stage-machines.ts';
import { cdkContext } from './cdk-context.ts';
import { prices as p, runsPerLifecycle, taskDurationMs, usage as u } from './cost-assumptions.ts';
import { buildStage } from './stages.ts';

const CITIES_PER_YEAR = 500;

interface State {
  Type: string;
  Next?: string;
  Default?: string;
  Choices?: { Next: string }[];
}

/** States entered on the longest successful path (Catch branches excluded): one billed transition each. */
export function statesTraversed(machine: StageMachineName): { transitions: number; tasks: string[] } {
  const { StartAt, States } = JSON.parse(readFileSync(definitionPath(machine), 'utf8')) as {
    StartAt: string;
    States: Record<string, State>;
  };
  const longest = (name: string): string[] => {
    const state = States[name];
    if (!state) return [];
    const next = [state.Next, state.Default, ...(state.Choices ?? []).map((c) => c.Next)].filter(
      (n): n is string => n !== undefined,
    );
    const tails = next.map(longest).sort((a, b) => b.length - a.length);
    return [name, ...(tails[0] ?? [])];
  };
  const path = longest(StartAt);
  return { transitions: path.length, tasks: path.filter((s) => States[s]?.Type === 'Task') };
}

function synthesized() {
  // The senders change no cost; the stage needs some to synthesize.
  const senders = { fromAddress: 'no-reply@u4ssc.org', secretariatEmail: 'secretariat@u4ssc.org' };
  const app = new App({ context: cdkContext(senders, false) });
  const { workflow } = buildStage(app);
  const resources = Object.values(app.synth().getStackByName(workflow.stackName).template.Resources) as {
    Type: string;
    Properties: Record<string, unknown>;
  }[];
  const ofType = (type: string) => resources.filter((r) => r.Type === type).map((r) => r.Properties);
  const memoryOf = Object.fromEntries(
    ofType('AWS::Lambda::Function').map((f) => [
      String(f.FunctionName).replace(/^u4ssc-dev-/, ''),
      Number(f.MemorySize),
    ]),
  );
  const alarmMetrics = ofType('AWS::CloudWatch::Alarm').reduce(
    (n, a) => n + (Array.isArray(a.Metrics) ? a.Metrics.filter((m) => m.MetricStat).length : 1),
    0,
  );
  return { memoryOf, alarmMetrics, functions: Object.keys(memoryOf).length };
}

const gbSeconds = (memoryMb: number, ms: number) => (memoryMb / 1024) * (ms / 1000);

function lifecycle(memoryOf: Record<string, number>) {
  let transitions = 0;
  let invocations = 0;
  let taskGbs = 0;
  for (const machine of stageMachineNames) {
    const runs = runsPerLifecycle[machine];
    const path = statesTraversed(machine);
    transitions += runs * path.transitions;
    for (const state of path.tasks) {
      const task = stageMachines[machine].tasks[state] as TaskName;
      invocations += runs;
      taskGbs += runs * gbSeconds(memoryOf[task] ?? 0, taskDurationMs[task]);
    }
  }
  const apiGbs = u.apiRequestsPerLifecycle * gbSeconds(memoryOf.api ?? 0, u.apiDurationMs);
  const uploadGbs = u.uploadsPerLifecycle * gbSeconds(memoryOf['upload-event'] ?? 0, u.uploadEventDurationMs);
  const lambdaRequests = invocations + u.apiRequestsPerLifecycle + u.uploadsPerLifecycle;
  const logGb = ((lambdaRequests + 2 * transitions) * u.logKbPerEvent) / 1024 / 1024;
  const lines: [string, number][] = [
    ['Step Functions transitions', (transitions / 1000) * p.stepFunctionsPerThousandTransitions],
    ['Lambda compute', (taskGbs + apiGbs + uploadGbs) * p.lambdaGbSecond],
    ['Lambda requests', (lambdaRequests / 1e6) * p.lambdaPerMillionRequests],
    ['HTTP API requests', (u.apiRequestsPerLifecycle / 1e6) * p.httpApiPerMillionRequests],
    [
      'DynamoDB requests',
      (u.dynamoWritesPerLifecycle / 1e6) * p.dynamoPerMillionWrites +
        (u.dynamoReadsPerLifecycle / 1e6) * p.dynamoPerMillionReads,
    ],
    [
      'S3 requests',
      (u.s3PutsPerLifecycle / 1000) * p.s3PerThousandPuts +
        (u.s3GetsPerLifecycle / 1000) * p.s3PerThousandGets,
    ],
    ['CloudWatch Logs ingestion', logGb * p.logsIngestPerGb],
    ['X-Ray traces', ((lambdaRequests + u.apiRequestsPerLifecycle) / 1e6) * p.xrayPerMillionTraces],
    ['SES e-mails', (u.emailsPerLifecycle / 1000) * p.sesPerThousandEmails],
  ];
  return { transitions, invocations, lines, logGb };
}

const usd = (n: number) => `$${n.toFixed(n < 1 ? 4 : 2)}`;
const table = (rows: [string, number][]) =>
  rows.map(([label, cost]) => `  ${label.padEnd(40)} ${usd(cost).padStart(10)}`).join('\n');

const { memoryOf, alarmMetrics, functions } = synthesized();
const one = lifecycle(memoryOf);
const oneTotal = one.lines.reduce((sum, [, cost]) => sum + cost, 0);
const yearly: [string, number][] = [
  [`${CITIES_PER_YEAR} lifecycles (usage above)`, CITIES_PER_YEAR * oneTotal],
  [
    `Sweeper (${u.sweepsPerYear} runs)`,
    u.sweepsPerYear *
      (gbSeconds(memoryOf.sweeper ?? 0, u.sweepDurationMs) * p.lambdaGbSecond +
        p.lambdaPerMillionRequests / 1e6),
  ],
  [`Alarms (${alarmMetrics} metrics x 12 months)`, alarmMetrics * p.alarmMetricMonth * 12],
  ['Signing key secret (12 months)', p.secretMonth * 12],
  [
    'DynamoDB storage + PITR (12 months)',
    CITIES_PER_YEAR * u.dynamoGbPerCity * (p.dynamoGbMonth + p.dynamoPitrGbMonth) * 12,
  ],
  ['S3 storage (12 months)', CITIES_PER_YEAR * u.s3GbPerCity * p.s3StandardGbMonth * 12],
  ['Log storage (12 months, upper bound)', CITIES_PER_YEAR * one.logGb * p.logsStoredGbMonth * 12],
  ['Cognito (Essentials, < 10,000 MAU)', p.cognitoMau],
  ['CloudFront (always-free tier)', p.cloudFront],
];

console.log(
  `Synthesized: ${functions} functions, ${stageMachineNames.length} Standard state machines, ${alarmMetrics} alarm metrics.`,
);
console.log('\nState transitions per run (longest successful path):');
for (const machine of stageMachineNames) {
  const { transitions, tasks } = statesTraversed(machine);
  console.log(
    `  ${machine.padEnd(26)} ${String(transitions).padStart(2)} states, ${tasks.length} Lambda tasks, x${runsPerLifecycle[machine]} per lifecycle`,
  );
}
console.log(`\nOne city's lifecycle: ${one.transitions} transitions, ${one.invocations} task invocations`);
console.log(table(one.lines));
console.log(`  ${'Total per lifecycle'.padEnd(40)} ${usd(oneTotal).padStart(10)}`);
console.log(`\n${CITIES_PER_YEAR} cities in a year:`);
console.log(table(yearly));
console.log(`  ${'Total per year'.padEnd(40)} ${usd(yearly.reduce((s, [, c]) => s + c, 0)).padStart(10)}`);
