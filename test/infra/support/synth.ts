// Synthesizes one stage the way `cdk synth` does (cdk.json context plus overrides), for assertions and cdk-nag.
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { cdkContext } from '../../../infra/cdk-context.ts';
import { buildStage } from '../../../infra/stages.ts';

export interface SynthOptions {
  context?: Record<string, unknown>;
  /** esbuild bundling of all 12 functions dominates synth time; only tests about code assets need it. */
  bundle?: boolean;
}

/** The required settings of a dev stage, at the reserved test domain (prod refuses it: see the prod tests). */
export const devSenders = { fromAddress: 'no-reply@u4ssc.test', secretariatEmail: 'secretariat@u4ssc.test' };

/** A prod configuration synth accepts (a real-looking domain, an alarm address). */
export const prodContext = {
  stage: 'prod',
  fromAddress: 'no-reply@u4ssc.org',
  secretariatEmail: 'secretariat@u4ssc.org',
  alarmEmail: 'ops@u4ssc.org',
};

export function synthStage({ context = {}, bundle = false }: SynthOptions = {}) {
  const app = new App({ context: cdkContext({ ...devSenders, ...context }, bundle) });
  const stage = buildStage(app);
  app.synth();
  return {
    app,
    stage,
    web: Template.fromStack(stage.web),
    data: Template.fromStack(stage.data),
    email: Template.fromStack(stage.email),
    workflow: Template.fromStack(stage.workflow),
  };
}

// biome-ignore lint/suspicious/noExplicitAny: CloudFormation properties are free-form JSON; tests assert their shape.
export type Resources = Record<string, { Type: string; Properties: Record<string, any> }>;

/** The resources of one type, by logical id. */
export function resourcesOf(template: Template, type: string): Resources {
  return template.findResources(type) as Resources;
}

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

/** Every IAM statement attached to the role of the resource with this logical id (a function or a state machine). */
export function statementsOfRoleFor(template: Template, logicalId: string): Statement[] {
  const resource = template.toJSON().Resources[logicalId];
  const roleRef = resource.Properties.Role ?? resource.Properties.RoleArn;
  const roleId = roleRef['Fn::GetAtt'][0];
  return Object.values(resourcesOf(template, 'AWS::IAM::Policy'))
    .filter((p) => JSON.stringify(p.Properties.Roles).includes(`"${roleId}"`))
    .flatMap((p) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
}

export const actionsOf = (statements: Statement[]) => statements.flatMap((s) => [s.Action].flat());
