// Turns what a function needs (the stage-machine table's TaskSpec vocabulary) into narrow IAM statements on its role.
import { ArnFormat, Stack } from 'aws-cdk-lib';
import { PolicyStatement, type Role } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { LOCKED_UPLOAD_PREFIXES } from '../adapters/aws/object-lock.ts';
import { tableIndexes } from '../adapters/aws/table-design.ts';
import { acknowledge, nagResource } from './nag.ts';
import type { TaskSpec } from './task-specs.ts';

export type AccessNeeds = Pick<TaskSpec, 'table' | 'uploads' | 'documents' | 'sendsEmail' | 'signsTemplates'>;

export interface GrantTargets {
  tableArn: string;
  uploads: IBucket;
  documents: IBucket;
  /** The only sender address the functions may use. */
  fromAddress: string;
  /** The SES configuration set the sender's identity applies to every message (infra/stacks/email-stack.ts). */
  configurationSetName: string;
  /** The template signing key; only functions that sign or check templates may read it. */
  signingKey: ISecret;
}

/** The variables a function with these needs gets beyond the common ones. */
export function environmentFor(needs: AccessNeeds, targets: GrantTargets): Record<string, string> {
  return needs.signsTemplates ? { TEMPLATE_SIGNING_KEY_SECRET: targets.signingKey.secretName } : {};
}

/** Exactly the calls adapters/aws/dynamo-store.ts makes; Query runs on the base table and on each named index. */
const tableActions = {
  read: ['dynamodb:GetItem', 'dynamodb:Query'],
  readWrite: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
} as const;

/** GetObject also covers HeadObject and CopyObject's source; ListBucket turns a missing key into 404 rather than 403. */
const objectActions = {
  read: ['s3:GetObject'],
  readWrite: ['s3:GetObject', 's3:PutObject'],
} as const;

export function grantAccess(role: Role, needs: AccessNeeds, targets: GrantTargets): void {
  const add = (statement: PolicyStatement) => role.addToPrincipalPolicy(statement);
  if (needs.signsTemplates) targets.signingKey.grantRead(role);
  if (needs.table !== 'none') {
    const indexArns = tableIndexes.map((index) => `${targets.tableArn}/index/${index.name}`);
    add(
      new PolicyStatement({
        actions: [...tableActions[needs.table]],
        resources: [targets.tableArn, ...indexArns],
      }),
    );
  }
  const buckets = [
    [targets.uploads, needs.uploads],
    [targets.documents, needs.documents],
  ] as const;
  for (const [bucket, access] of buckets) {
    if (access === 'none') continue;
    add(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
    const objects = bucket.arnForObjects('*');
    add(new PolicyStatement({ actions: [...objectActions[access]], resources: [objects] }));
    acknowledge(role, {
      [`AwsSolutions-IAM5[${nagResource(objects)}]`]:
        "Object keys are chosen per pilot at run time (uploads/<pilot>/..., templates/<pilot>/...); the bucket holds only this project's objects.",
    });
  }
  if (needs.uploads === 'readWrite') {
    // The stored copy of a submission, or the kept copy of evidence, is locked by the copy itself (object-lock.ts).
    const locked = LOCKED_UPLOAD_PREFIXES.map((prefix) => targets.uploads.arnForObjects(`${prefix}*`));
    add(new PolicyStatement({ actions: ['s3:PutObjectRetention'], resources: locked }));
    for (const arn of locked)
      acknowledge(role, {
        [`AwsSolutions-IAM5[${nagResource(arn)}]`]:
          'A stored submission or kept evidence is locked under keys chosen at run time; retention can be set only on these copies.',
      });
  }
  if (needs.sendsEmail) {
    const identities = Stack.of(role).formatArn({
      service: 'ses',
      resource: 'identity',
      resourceName: '*',
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });
    // In the SES sandbox SendEmail is also authorized against each recipient's identity, so the resource is every
    // identity of the account and the condition pins the one sender; a message sent with a configuration set is
    // authorized against the set too.
    const configurationSet = Stack.of(role).formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: targets.configurationSetName,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });
    add(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [identities, configurationSet],
        conditions: { StringEquals: { 'ses:FromAddress': targets.fromAddress } },
      }),
    );
    acknowledge(role, {
      [`AwsSolutions-IAM5[${nagResource(identities)}]`]:
        'SES sandbox authorizes SendEmail against each verified recipient too; the ses:FromAddress condition pins the sender.',
    });
  }
}
