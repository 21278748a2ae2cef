// A small cdk-nag pack for risks the AWS Solutions pack does not see, so they too need an explicit, reviewed acknowledgement.
import { type CfnResource, Stack } from 'aws-cdk-lib';
import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { NagMessageLevel, NagPack, NagRuleCompliance } from 'cdk-nag';

/** A secret resolved into a Lambda environment variable is readable by anyone who may read the function's configuration. */
export function LambdaEnvSecret(node: CfnResource): NagRuleCompliance {
  if (!(node instanceof CfnFunction)) return NagRuleCompliance.NOT_APPLICABLE;
  const environment = JSON.stringify(Stack.of(node).resolve(node.environment) ?? {});
  return environment.includes('{{resolve:secretsmanager:')
    ? NagRuleCompliance.NON_COMPLIANT
    : NagRuleCompliance.COMPLIANT;
}

export class ProjectChecks extends NagPack {
  readonly name = 'U4SSC';

  constructor(...args: ConstructorParameters<typeof NagPack>) {
    super(...args);
    this.packName = 'U4SSC';
  }

  protected checkResource(node: CfnResource): void {
    this.applyRule({
      info: 'The Lambda function receives a Secrets Manager value as a plain environment variable.',
      explanation:
        'Read secrets at cold start through the SDK or the Parameters and Secrets extension instead.',
      level: NagMessageLevel.ERROR,
      rule: LambdaEnvSecret,
      node,
    });
  }
}
