// The parts of a synthesized CloudFormation template the extractor reads, checked before use (the template is a boundary).
import * as z from 'zod';

/** A template value not yet resolved: a literal, an intrinsic function, or a structure of either. */
const cfnValue = z.unknown();

const resourceSchema = z.object({
  Type: z.string(),
  Properties: z.record(z.string(), cfnValue).default({}),
});

export const templateSchema = z.object({
  Resources: z.record(z.string(), resourceSchema),
  Outputs: z
    .record(z.string(), z.object({ Value: cfnValue, Export: z.object({ Name: cfnValue }).optional() }))
    .default({}),
});
export type Template = z.output<typeof templateSchema>;

/** `{ "Fn::GetAtt": [logicalId, attribute] }`, as CDK writes it for a role's or function's ARN. */
export const getAttSchema = z.object({ 'Fn::GetAtt': z.tuple([z.string(), z.string()]) });
export const refSchema = z.object({ Ref: z.string() });

/** An IAM policy document before its intrinsics are resolved. */
export const rawPolicyDocumentSchema = z.object({
  Statement: z.array(z.record(z.string(), cfnValue)),
});

export const roleSchema = z.object({
  Policies: z.array(z.object({ PolicyName: cfnValue, PolicyDocument: rawPolicyDocumentSchema })).default([]),
  ManagedPolicyArns: z.array(cfnValue).default([]),
});

/** AWS::IAM::Policy and AWS::IAM::ManagedPolicy: a document and the roles it is attached to. */
export const attachedPolicySchema = z.object({
  PolicyDocument: rawPolicyDocumentSchema,
  Roles: z.array(cfnValue).default([]),
});

export const functionSchema = z.object({ FunctionName: z.string(), Role: getAttSchema });
export const stateMachineSchema = z.object({ StateMachineName: z.string(), RoleArn: getAttSchema });
