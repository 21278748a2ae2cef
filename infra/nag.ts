// cdk-nag wiring: the AWS Solutions and Serverless packs plus our own rule, and the one way this project acknowledges
// a finding.
import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { ProjectChecks } from './project-checks.ts';

export function nagPacks(app: App) {
  return [
    new AwsSolutionsChecks(app, { verbose: false }),
    new ServerlessChecks(app, { verbose: false }),
    new ProjectChecks(app),
  ];
}

export function addNagChecks(app: App): void {
  Validations.of(app).addPlugins(...nagPacks(app));
}

/** Acknowledges findings on one construct; ids must be exact (`AwsSolutions-IAM5[Resource::*]`), never a whole rule family. */
export function acknowledge(construct: IConstruct, findings: Record<string, string>): void {
  Validations.of(construct).acknowledge(...Object.entries(findings).map(([id, reason]) => ({ id, reason })));
}

/** How cdk-nag prints a resource that contains pseudo parameters: `${Token[AWS.AccountId.8]}` becomes `<AWS::AccountId>`. */
export function nagResource(value: string): string {
  return `Resource::${value.replace(/\$\{Token\[AWS\.(\w+)\.\d+\]\}/g, '<AWS::$1>')}`;
}
