// Reads each principal's IAM statements out of the synthesized templates and resolves them to plain local ARNs.
import * as z from 'zod';
import type { Resolve, Templates } from './intrinsics.ts';
import type { LocalNaming } from './naming.ts';
import { type ExtractedPolicies, type Statement, statementSchema } from './policy.ts';
import { type Rename, readApp, renameArn, resourceAt } from './renames.ts';
import type { Located, SynthesizedApp } from './synth.ts';
import {
  attachedPolicySchema,
  functionSchema,
  refSchema,
  roleSchema,
  stateMachineSchema,
  type Template,
} from './template.ts';

const AWS_MANAGED = /^arn:[^:]+:iam::aws:policy\//;

/** The role a function or a state machine runs as: the logical id its Role or RoleArn points at. */
function roleOf(templates: Templates, location: Located): string {
  const resource = resourceAt(templates, location);
  const props =
    resource.Type === 'AWS::Lambda::Function'
      ? functionSchema.parse(resource.Properties).Role
      : stateMachineSchema.parse(resource.Properties).RoleArn;
  return props['Fn::GetAtt'][0];
}

const refersTo = (logicalId: string) => (value: unknown) =>
  refSchema.safeParse(value).data?.Ref === logicalId;

/** Every policy document on the role: AWS::IAM::Policy and customer-managed policies attached to it, inline Policies. */
function documentsOf(template: Template, stack: string, roleId: string, resolve: Resolve) {
  const role = template.Resources[roleId];
  if (role?.Type !== 'AWS::IAM::Role') throw new Error(`${stack}/${roleId} is not an IAM role`);
  const { Policies, ManagedPolicyArns } = roleSchema.parse(role.Properties);
  const documents = Policies.map((policy, index) => ({
    origin: `${stack}/${roleId}/Policies/${index}`,
    statements: policy.PolicyDocument.Statement,
  }));
  const awsManaged: string[] = [];
  const managedIds = new Set<string>();
  for (const arn of ManagedPolicyArns) {
    const ref = refSchema.safeParse(arn).data?.Ref;
    if (ref && template.Resources[ref]?.Type === 'AWS::IAM::ManagedPolicy') {
      managedIds.add(ref);
      continue;
    }
    const resolved = z.string().parse(resolve(stack, arn));
    if (!AWS_MANAGED.test(resolved))
      throw new Error(
        `${stack}/${roleId} has managed policy ${resolved}, which is not in the app's templates`,
      );
    awsManaged.push(resolved);
  }
  for (const [id, resource] of Object.entries(template.Resources)) {
    if (resource.Type !== 'AWS::IAM::Policy' && resource.Type !== 'AWS::IAM::ManagedPolicy') continue;
    const policy = attachedPolicySchema.parse(resource.Properties);
    if (managedIds.has(id) || policy.Roles.some(refersTo(roleId)))
      documents.push({ origin: `${stack}/${id}`, statements: policy.PolicyDocument.Statement });
  }
  return { documents, awsManaged };
}

/** Resolved, checked, then renamed: resources and condition values (an aws:SourceArn, say) name local resources. */
function resolveStatement(
  raw: unknown,
  stack: string,
  origin: string,
  resolve: Resolve,
  list: Rename[],
): Statement {
  const parsed = statementSchema.safeParse({ ...(resolve(stack, raw) as object), origin });
  if (!parsed.success) throw new Error(`a statement of ${origin}: ${z.prettifyError(parsed.error)}`);
  const statement = parsed.data;
  const local = (value: string) => renameArn(value, list);
  if (statement.Resource) statement.Resource = statement.Resource.map(local);
  if (statement.NotResource) statement.NotResource = statement.NotResource.map(local);
  for (const keys of Object.values(statement.Condition ?? {}))
    for (const [key, values] of Object.entries(keys)) keys[key] = values.map(local);
  return statement;
}

/** Principal name -> the statements of its role, every ARN in the local naming. */
export function extractPolicies(app: SynthesizedApp, naming: LocalNaming): ExtractedPolicies {
  const { templates, resolve, list } = readApp(app, naming);
  const policies: Record<string, Statement[]> = {};
  const awsManagedPolicies: Record<string, string[]> = {};
  for (const [principal, location] of Object.entries(app.principals)) {
    const template = templates[location.stack]!;
    const { documents, awsManaged } = documentsOf(
      template,
      location.stack,
      roleOf(templates, location),
      resolve,
    );
    policies[principal] = documents.flatMap(({ origin, statements }) =>
      statements.map((raw) => resolveStatement(raw, location.stack, origin, resolve, list)),
    );
    awsManagedPolicies[principal] = awsManaged;
  }
  return { policies, awsManagedPolicies };
}
