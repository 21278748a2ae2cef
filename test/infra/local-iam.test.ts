// The local IAM check on the real synthesized app: what each principal's role allows, in the embedded runtime's names,
// and that changing a grant in infra/ changes the decision.
import { describe, expect, it } from 'vitest';
import { tableIndexes } from '../../adapters/aws/table-design.ts';
import { stageMachineNames } from '../../core/lifecycle/stages.ts';
import { taskNames } from '../../core/stage-tasks/task-names.ts';
import { lambdaConfig } from '../../functions/config.ts';
import { entryNames, entrySpecs, stageStarters } from '../../infra/entry-specs.ts';
import { type TaskSpec, taskSpecs } from '../../infra/task-specs.ts';
import { evaluate } from '../../local/iam/evaluate.ts';
import { extractPolicies } from '../../local/iam/extract.ts';
import { extractFunctions } from '../../local/iam/functions.ts';
import { localArns, localNaming, stateMachinePrincipal } from '../../local/iam/naming.ts';
import type { PrincipalPolicies } from '../../local/iam/policy.ts';
import { synthesizeApp } from '../../local/iam/synth.ts';
import { stageMachines } from '../../state-machines/stage-machines.ts';

const naming = localNaming();
const arns = localArns(naming);
const app = synthesizeApp(naming);
const { policies, awsManagedPolicies } = extractPolicies(app, naming);
const functions = extractFunctions(app, naming);

const allowedIn = (
  held: PrincipalPolicies,
  principal: string,
  action: string,
  resource: string,
  context: Record<string, string> = {},
) => evaluate(held, { principal, action, resources: [resource], context }).allowed;
const allowed = (principal: string, action: string, resource: string, context: Record<string, string> = {}) =>
  allowedIn(policies, principal, action, resource, context);

/** The calls adapters/aws/dynamo-store.ts and s3-object-store.ts make at each level of access, stated here rather
 * than taken from infra/grants.ts, so that the policy is held to what the code does. */
const tableCalls = {
  none: [],
  read: ['dynamodb:GetItem', 'dynamodb:Query'],
  readWrite: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
};
const objectCalls = { none: [], read: ['s3:GetObject'], readWrite: ['s3:GetObject', 's3:PutObject'] };
const tableActions = [
  ...tableCalls.readWrite,
  'dynamodb:DeleteItem',
  'dynamodb:Scan',
  'dynamodb:BatchWriteItem',
];
/** The only calls DynamoDB authorizes against an index ARN. */
const indexActions = ['dynamodb:Query', 'dynamodb:Scan'];
const objectActions = [...objectCalls.readWrite, 's3:DeleteObject', 's3:PutObjectAcl'];
const buckets = ['uploads', 'documents'] as const;

/** "action on what" -> allowed, for every DynamoDB, S3, SES, Secrets Manager and Step Functions call in question. */
function grantedTo(principal: string): Record<string, boolean> {
  const granted: Record<string, boolean> = {};
  for (const action of tableActions) granted[`${action} table`] = allowed(principal, action, arns.table);
  for (const action of indexActions)
    for (const index of tableIndexes)
      granted[`${action} index ${index.name}`] = allowed(principal, action, arns.tableIndex(index.name));
  for (const bucket of buckets) {
    granted[`s3:ListBucket ${bucket}`] = allowed(principal, 's3:ListBucket', arns.bucket(bucket));
    for (const action of objectActions)
      granted[`${action} ${bucket}`] = allowed(principal, action, arns.object(bucket, 'reports/p-1/x.pdf'));
  }
  const recipient = arns.sesIdentity('city@example.org');
  granted['ses:SendEmail as the sender'] = allowed(principal, 'ses:SendEmail', recipient, {
    'ses:FromAddress': naming.fromAddress,
  });
  granted['ses:SendEmail as anyone else'] = allowed(principal, 'ses:SendEmail', recipient, {
    'ses:FromAddress': 'mallory@example.org',
  });
  granted['secretsmanager:GetSecretValue signing key'] = allowed(
    principal,
    'secretsmanager:GetSecretValue',
    arns.signingSecret('Ab12Cd'),
  );
  for (const machine of stageMachineNames)
    granted[`states:StartExecution ${machine}`] = allowed(
      principal,
      'states:StartExecution',
      arns.stateMachine(machine),
    );
  return granted;
}

function expectedFor(spec: TaskSpec, startsStages: boolean): Record<string, boolean> {
  const expected: Record<string, boolean> = {};
  const onTable: readonly string[] = tableCalls[spec.table];
  for (const action of tableActions) expected[`${action} table`] = onTable.includes(action);
  for (const action of indexActions)
    for (const index of tableIndexes) expected[`${action} index ${index.name}`] = onTable.includes(action);
  for (const bucket of buckets) {
    const onObjects: readonly string[] = objectCalls[spec[bucket]];
    expected[`s3:ListBucket ${bucket}`] = spec[bucket] !== 'none';
    for (const action of objectActions) expected[`${action} ${bucket}`] = onObjects.includes(action);
  }
  expected['ses:SendEmail as the sender'] = spec.sendsEmail;
  expected['ses:SendEmail as anyone else'] = false;
  expected['secretsmanager:GetSecretValue signing key'] = spec.signsTemplates === true;
  for (const machine of stageMachineNames) expected[`states:StartExecution ${machine}`] = startsStages;
  return expected;
}

describe('principals', () => {
  it('are every task function, every entry function and every state machine, with no AWS-managed policy', () => {
    const expected = [...taskNames, ...entryNames, ...stageMachineNames.map(stateMachinePrincipal)];

    expect(Object.keys(policies).sort()).toEqual(expected.sort());
    expect(Object.values(awsManagedPolicies).flat()).toEqual([]);
  });

  it('hold plain ARNs in the local naming: no unresolved token, no deployed table, bucket, function or machine name', () => {
    const resources = Object.values(policies).flatMap((statements) =>
      statements.flatMap((s) => s.Resource ?? []),
    );

    expect(resources.every((resource) => resource === '*' || resource.startsWith('arn:aws:'))).toBe(true);
    expect(
      resources.filter((r) =>
        /Token|u4ssc-dev-(pilots|uploads|documents)|(function|stateMachine):u4ssc-dev-/.test(r),
      ),
    ).toEqual([]);
  });
});

describe('task functions', () => {
  it.each(taskNames)('%s is allowed exactly the calls its spec implies and denied the others', (task) => {
    expect(grantedTo(task)).toEqual(expectedFor(taskSpecs[task], false));
  });

  it('recordTransition may put items in the table; generateTemplate may not', () => {
    expect(allowed('recordTransition', 'dynamodb:PutItem', arns.table)).toBe(true);
    expect(allowed('generateTemplate', 'dynamodb:PutItem', arns.table)).toBe(false);
  });

  it('lets generateCertificate put the certificate registry item (issue 12: its role was read-only on the table)', () => {
    // core/stage-tasks/documents.ts registers the certificate number through DynamoStore.registerCertificate, a
    // PutItem on the table; with a read-only grant certification failed on AWS, and now fails locally too.
    const decision = evaluate(policies, {
      principal: 'generateCertificate',
      action: 'dynamodb:PutItem',
      resources: [arns.table],
    });

    expect(decision.allowed).toBe(true);
  });
});

describe('entry functions', () => {
  it.each(entryNames)('%s is allowed exactly the calls its spec implies and denied the others', (entry) => {
    expect(grantedTo(entry)).toEqual(expectedFor(entrySpecs[entry], stageStarters.includes(entry)));
  });

  it('the API, upload events and the sweeper may start every stage machine; execution-failed may start none', () => {
    for (const machine of stageMachineNames) {
      for (const starter of ['api', 'upload-event', 'sweeper'])
        expect(allowed(starter, 'states:StartExecution', arns.stateMachine(machine))).toBe(true);
      expect(allowed('execution-failed', 'states:StartExecution', arns.stateMachine(machine))).toBe(false);
    }
  });
});

describe('state machines', () => {
  const functions = [...taskNames, ...entryNames];

  it.each(stageMachineNames)('%s may invoke the functions its Task states name and no other', (machine) => {
    const named = new Set<string>(Object.values(stageMachines[machine].tasks));

    const invocable = functions.filter((fn) =>
      allowed(stateMachinePrincipal(machine), 'lambda:InvokeFunction', arns.function(fn)),
    );

    expect(invocable.sort()).toEqual([...named].sort());
  });

  it.each(stageMachineNames)(
    '%s touches no table, bucket, e-mail or other stage machine itself',
    (machine) => {
      const granted = grantedTo(stateMachinePrincipal(machine));

      expect(Object.entries(granted).filter(([, isAllowed]) => isAllowed)).toEqual([]);
    },
  );
});

describe('a grant changed in infra/', () => {
  const policiesWith = (task: keyof typeof taskSpecs, change: Partial<TaskSpec>) =>
    extractPolicies(
      synthesizeApp(naming, { taskSpecs: { ...taskSpecs, [task]: { ...taskSpecs[task], ...change } } }),
      naming,
    ).policies;

  it("turns recordTransition's PutItem on the table from allowed to denied when its table access is reduced to read", () => {
    const reduced = policiesWith('recordTransition', { table: 'read' });

    expect(allowedIn(policies, 'recordTransition', 'dynamodb:PutItem', arns.table)).toBe(true);
    expect(allowedIn(reduced, 'recordTransition', 'dynamodb:PutItem', arns.table)).toBe(false);
    expect(allowedIn(reduced, 'recordTransition', 'dynamodb:GetItem', arns.table)).toBe(true);
  });

  it("denies generateCertificate's PutItem again when its grant goes back to read-only (the issue 12 defect)", () => {
    const regressed = policiesWith('generateCertificate', { table: 'read' });

    expect(allowedIn(regressed, 'generateCertificate', 'dynamodb:PutItem', arns.table)).toBe(false);
  });
});

describe('how each function is deployed, in local names', () => {
  const entryOf = (name: string) =>
    (taskNames as readonly string[]).includes(name) ? `functions/tasks/${name}.ts` : `functions/${name}.ts`;

  it.each([...taskNames, ...entryNames])(
    '%s: bundled from its entry, with variables its configuration accepts that name only local resources',
    (name) => {
      const fn = functions[name]!;
      const spec =
        name in taskSpecs
          ? taskSpecs[name as keyof typeof taskSpecs]
          : entrySpecs[name as keyof typeof entrySpecs];

      expect(fn.code.entry).toBe(entryOf(name));
      expect(fn.code.needs.startsStages ?? false).toBe(spec.startsStages ?? false);
      expect([fn.memoryMb, fn.timeoutSeconds]).toEqual([spec.memoryMb, spec.timeoutSeconds]);
      expect(fn.givenAtRunTime).toEqual(['PORTAL_URL']);
      const config = lambdaConfig({
        ...fn.environment,
        AWS_REGION: naming.region,
        PORTAL_URL: 'http://127.0.0.1:4000',
      });
      expect(config).toMatchObject({
        TABLE_NAME: naming.table,
        UPLOADS_BUCKET: naming.buckets.uploads,
        DOCUMENTS_BUCKET: naming.buckets.documents,
        FROM_ADDRESS: naming.fromAddress,
        SECRETARIAT_EMAIL: naming.secretariatEmail,
      });
      expect(config.TEMPLATE_SIGNING_KEY_SECRET).toBe(spec.signsTemplates ? naming.signingSecret : undefined);
      expect(config.STATE_MACHINE_ARNS).toEqual(
        spec.startsStages ? Object.fromEntries(stageMachineNames.map((m) => [m, arns.stateMachine(m)])) : {},
      );
      expect(Object.values(fn.environment).filter((value) => value.includes('u4ssc-dev'))).toEqual([]);
    },
  );

  it('routes uploads to upload-event and failed runs to execution-failed, by patterns in local names', () => {
    const patterns = Object.fromEntries(
      Object.entries(functions).map(([name, fn]) => [name, fn.eventPatterns]),
    );

    expect(patterns).toMatchObject({
      'upload-event': [
        { detail: { bucket: { name: [naming.buckets.uploads] }, object: { key: [{ prefix: 'uploads/' }] } } },
      ],
      'execution-failed': [
        { detail: { stateMachineArn: stageMachineNames.map((m) => arns.stateMachine(m)) } },
      ],
      sweeper: [],
      api: [],
    });
  });
});
