// From deployed names to local ones: each resource the local naming names, as a deployed and a local name and ARN.
import * as z from 'zod';
import { type ArnKind, arnOf, nameBoundary } from './arns.ts';
import { createResolver, type Resolve, type Templates } from './intrinsics.ts';
import { type LocalNaming, namingEnvironment } from './naming.ts';
import type { Located, NamedResource, SynthesizedApp } from './synth.ts';
import { functionSchema, stateMachineSchema, templateSchema } from './template.ts';

export interface Rename {
  deployedName: string;
  localName: string;
  deployed: string;
  local: string;
  boundary: string;
}

export function resourceAt(templates: Templates, { stack, logicalId }: Located) {
  const resource = templates[stack]?.Resources[logicalId];
  if (!resource) throw new Error(`the synthesized app has no resource ${stack}/${logicalId}`);
  return resource;
}

/** Deployed name and ARN prefix -> local ones, for every resource the local naming names. */
function renames(app: SynthesizedApp, templates: Templates, resolve: Resolve, naming: LocalNaming): Rename[] {
  const env = namingEnvironment(naming);
  const rename = (kind: ArnKind, deployedName: unknown, localName: string): Rename => {
    const name = z.string().parse(deployedName);
    return {
      deployedName: name,
      localName,
      deployed: arnOf(kind, name, env),
      local: arnOf(kind, localName, env),
      boundary: nameBoundary[kind],
    };
  };
  const named = (resource: NamedResource, property: string) => {
    const location = app.resources[resource];
    return resolve(location.stack, resourceAt(templates, location).Properties[property]);
  };
  const list = [
    rename('table', named('table', 'TableName'), naming.table),
    rename('bucket', named('uploads', 'BucketName'), naming.buckets.uploads),
    rename('bucket', named('documents', 'BucketName'), naming.buckets.documents),
    rename('secret', named('signingSecret', 'Name'), naming.signingSecret),
    rename('userPool', named('userPool', 'UserPoolName'), naming.userPool),
  ];
  for (const location of Object.values(app.principals)) {
    const resource = resourceAt(templates, location);
    if (resource.Type === 'AWS::Lambda::Function') {
      const { FunctionName } = functionSchema.parse(resource.Properties);
      list.push(rename('function', FunctionName, `${naming.functionPrefix}${location.baseName}`));
    } else {
      const { StateMachineName } = stateMachineSchema.parse(resource.Properties);
      list.push(rename('stateMachine', StateMachineName, `${naming.stateMachinePrefix}${location.baseName}`));
    }
  }
  return list;
}

/** An ARN of a renamed resource, or of something inside it (an index, an object key), in local terms. */
export function renameArn(value: string, list: Rename[]): string {
  for (const { deployed, local, boundary } of list) {
    if (value === deployed) return local;
    if (value.startsWith(deployed) && value[deployed.length] === boundary)
      return local + value.slice(deployed.length);
  }
  return value;
}

/** A value that is a renamed resource's whole name or ARN, in local terms; any other value as it is. */
export function renameValue(value: string, list: Rename[]): string {
  return list.find((rename) => rename.deployedName === value)?.localName ?? renameArn(value, list);
}

/** The app's templates checked, a resolver in the local account and region, and the renames to local names. */
export function readApp(app: SynthesizedApp, naming: LocalNaming) {
  const templates: Templates = Object.fromEntries(
    Object.entries(app.templates).map(([stack, template]) => [stack, templateSchema.parse(template)]),
  );
  const resolve = createResolver(templates, namingEnvironment(naming));
  return { templates, resolve, list: renames(app, templates, resolve, naming) };
}
