// Reads how each Lambda function of the synthesized app is deployed (its code's entry, handler, sizing, environment
// and the event rules that invoke it), with every deployed name in local terms, so a local host can run its bundle.
import * as z from 'zod';
import type { Resolve } from './intrinsics.ts';
import type { LocalNaming } from './naming.ts';
import { type Rename, readApp, renameValue, resourceAt } from './renames.ts';
import type { SynthesizedApp } from './synth.ts';
import { getAttSchema } from './template.ts';

const bundleNeedsSchema = z.object({
  sendsEmail: z.boolean(),
  signsTemplates: z.boolean().optional(),
  signsLinks: z.boolean().optional(),
  startsStages: z.boolean().optional(),
});

export const functionSettingsSchema = z.object({
  /** What CDK bundles the code asset from (infra/bundling.ts `lambdaCode`). */
  code: z.object({ entry: z.string().min(1), needs: bundleNeedsSchema }),
  /** `<file>.<export>`, as Lambda reads it. */
  handler: z.string().regex(/^[\w-]+\.\w+$/),
  memoryMb: z.number().int().positive(),
  timeoutSeconds: z.number().int().positive(),
  /** Environment.Variables, resolved and renamed: deployed table, bucket, secret and machine names become local ones. */
  environment: z.record(z.string(), z.string()),
  /** Variables naming what only a deployment has; whoever runs the function sets them (see RUN_TIME_VARIABLES). */
  givenAtRunTime: z.array(z.string()),
  /** The event patterns of the EventBridge rules that target the function, in local names. */
  eventPatterns: z.array(z.record(z.string(), z.unknown())),
});
export type FunctionSettings = z.output<typeof functionSettingsSchema>;

/** PORTAL_URL is the web stack's CloudFront domain, which has no local counterpart the templates could name. */
const RUN_TIME_VARIABLES = new Set(['PORTAL_URL']);

const lambdaPropertiesSchema = z.object({
  Handler: z.string(),
  MemorySize: z.number(),
  Timeout: z.number(),
  Environment: z.object({ Variables: z.record(z.string(), z.unknown()) }).default({ Variables: {} }),
});

const ruleSchema = z.object({
  EventPattern: z.record(z.string(), z.unknown()).optional(),
  Targets: z.array(z.object({ Arn: z.unknown() })).default([]),
});

const jsonObjectOfStrings = z.record(z.string(), z.string());

/** Every string in a structure renamed where it is a renamed resource's name or ARN. */
function renameDeep(value: unknown, list: Rename[]): unknown {
  if (typeof value === 'string') return renameValue(value, list);
  if (Array.isArray(value)) return value.map((item) => renameDeep(item, list));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renameDeep(item, list)]));
  return value;
}

/** A variable's value renamed whole, or, for a JSON object of names (STATE_MACHINE_ARNS), value by value. */
function localVariable(value: string, list: Rename[]): string {
  const renamed = renameValue(value, list);
  if (renamed !== value || !value.startsWith('{')) return renamed;
  const object = jsonObjectOfStrings.safeParse(JSON.parse(value));
  return object.success ? JSON.stringify(renameDeep(object.data, list)) : value;
}

function environmentOf(variables: Record<string, unknown>, stack: string, resolve: Resolve, list: Rename[]) {
  const environment: Record<string, string> = {};
  const givenAtRunTime: string[] = [];
  for (const [name, raw] of Object.entries(variables)) {
    if (RUN_TIME_VARIABLES.has(name)) {
      givenAtRunTime.push(name);
      continue;
    }
    const value = resolve(stack, raw);
    if (typeof value !== 'string')
      throw new Error(`the variable ${name} resolved to ${JSON.stringify(value)}`);
    environment[name] = localVariable(value, list);
  }
  return { environment, givenAtRunTime };
}

/** Function principal -> how it is deployed, in local names. */
export function extractFunctions(app: SynthesizedApp, naming: LocalNaming): Record<string, FunctionSettings> {
  const { templates, resolve, list } = readApp(app, naming);
  const patternsByTarget = new Map<string, unknown[]>();
  for (const [stack, template] of Object.entries(templates)) {
    for (const resource of Object.values(template.Resources)) {
      if (resource.Type !== 'AWS::Events::Rule') continue;
      const { EventPattern, Targets } = ruleSchema.parse(resource.Properties);
      // A scheduled rule (the sweeper's) has no pattern: nothing local publishes a schedule.
      if (!EventPattern) continue;
      for (const target of Targets) {
        const logicalId = getAttSchema.parse(target.Arn)['Fn::GetAtt'][0];
        const key = `${stack}/${logicalId}`;
        const pattern = renameDeep(resolve(stack, EventPattern), list);
        patternsByTarget.set(key, [...(patternsByTarget.get(key) ?? []), pattern]);
      }
    }
  }
  const functions: Record<string, FunctionSettings> = {};
  for (const [principal, location] of Object.entries(app.principals)) {
    const resource = resourceAt(templates, location);
    if (resource.Type !== 'AWS::Lambda::Function') continue;
    if (!location.code) throw new Error(`the synthesized app does not say what ${principal} is bundled from`);
    const properties = lambdaPropertiesSchema.parse(resource.Properties);
    functions[principal] = functionSettingsSchema.parse({
      code: location.code,
      handler: properties.Handler,
      memoryMb: properties.MemorySize,
      timeoutSeconds: properties.Timeout,
      ...environmentOf(properties.Environment.Variables, location.stack, resolve, list),
      eventPatterns: patternsByTarget.get(`${location.stack}/${location.logicalId}`) ?? [],
    });
  }
  return functions;
}
