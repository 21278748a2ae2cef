// The policies the local IAM check evaluates: IAM statements with plain-string ARNs, keyed by the principal that holds them.
import * as z from 'zod';

/** IAM allows one string or a list; both become a list here so the evaluator sees one shape. */
const stringList = z.union([z.string(), z.array(z.string()).min(1)]).transform((value) => [value].flat());

/** Templates may carry `true` or a number where IAM reads a string (Bool, Numeric operators). */
const conditionValues = z
  .union([z.string(), z.boolean(), z.number(), z.array(z.union([z.string(), z.boolean(), z.number()]))])
  .transform((value) => [value].flat().map(String));

export const statementSchema = z
  .object({
    Sid: z.string().optional(),
    Effect: z.enum(['Allow', 'Deny']),
    Action: stringList.optional(),
    NotAction: stringList.optional(),
    Resource: stringList.optional(),
    NotResource: stringList.optional(),
    /** Operator -> condition key -> values; operators and keys are ANDed, a key's values ORed. */
    Condition: z.record(z.string(), z.record(z.string(), conditionValues)).optional(),
    /** Where the statement came from (`<stack>/<policy logical id>`), so a denial can point at the grant. */
    origin: z.string().optional(),
  })
  .strict()
  .refine((s) => (s.Action === undefined) !== (s.NotAction === undefined), {
    message: 'A statement has exactly one of Action and NotAction',
  })
  .refine((s) => (s.Resource === undefined) !== (s.NotResource === undefined), {
    message: 'An identity-based statement has exactly one of Resource and NotResource',
  });
export type Statement = z.output<typeof statementSchema>;

/** Principal name (`generateCertificate`, `api`, `stateMachine:certification`) -> the statements of its role. */
export const principalPoliciesSchema = z.record(z.string(), z.array(statementSchema));
export type PrincipalPolicies = z.output<typeof principalPoliciesSchema>;

export const extractedPoliciesSchema = z.object({
  policies: principalPoliciesSchema,
  /** AWS-managed policies attached to a role: named here, never evaluated (their text is not in the templates). */
  awsManagedPolicies: z.record(z.string(), z.array(z.string())),
});
export type ExtractedPolicies = z.output<typeof extractedPoliciesSchema>;
