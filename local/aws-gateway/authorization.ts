// The authorization hook: what the gateway asks after a signature checks out, and the default answer.
// The policy evaluator built from the synthesized IAM policies plugs in here; the gateway only says who asks for what.
import * as z from 'zod';
import { type CredentialsRegistry, principalArn } from './credentials.ts';
import { GatewayError } from './errors.ts';

export const authorizationRequestSchema = z.object({
  /** The registry's principal name for the access key that signed (for a presigned link: the key that presigned). */
  principal: z.string().min(1),
  service: z.enum(['s3', 'dynamodb', 'ses']),
  /** The IAM action, e.g. s3:PutObject, dynamodb:Query, ses:SendEmail. */
  action: z.string().regex(/^(s3|dynamodb|ses):[A-Za-z0-9]+$/),
  /** Every resource the action touches; all of them must be allowed. */
  resources: z.array(z.string().min(1)).min(1),
  /** IAM condition keys known from the request, e.g. ses:FromAddress or s3:prefix. */
  context: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
});

export type AuthorizationRequest = z.infer<typeof authorizationRequestSchema>;

export interface AuthorizationDecision {
  allowed: boolean;
  /** Why not: the clause the error message ends with, e.g. "because no identity-based policy allows ...". */
  reason?: string;
}

export type Authorizer = (
  request: AuthorizationRequest,
) => AuthorizationDecision | Promise<AuthorizationDecision>;

/** Until per-function policies exist: every principal of the registry may do everything. */
export function allowRegisteredPrincipals(registry: CredentialsRegistry): Authorizer {
  return (request) =>
    registry.hasPrincipal(request.principal)
      ? { allowed: true }
      : { allowed: false, reason: `because ${request.principal} is not a registered principal` };
}

/**
 * Asks the authorizer about each request in turn (CopyObject is two: read the source, write the target) and
 * returns the first refusal, or undefined when all are allowed.
 */
export async function firstDenial(
  authorize: Authorizer,
  requests: AuthorizationRequest[],
): Promise<{ request: AuthorizationRequest; reason?: string } | undefined> {
  for (const request of requests) {
    const decision = await authorize(authorizationRequestSchema.parse(request));
    if (!decision.allowed) return { request, reason: decision.reason };
  }
  return undefined;
}

/** AWS's AccessDenied wording, naming the principal's session ARN, the action and the resource. */
export function accessDenied(
  service: 's3' | 'dynamodb' | 'ses',
  denial: { request: AuthorizationRequest; reason?: string },
): GatewayError {
  const { principal, action, resources } = denial.request;
  const resource = service === 's3' ? `"${resources.join(', ')}"` : resources.join(', ');
  const because = denial.reason ?? `because no identity-based policy allows the ${action} action`;
  const message = `User: ${principalArn(principal)} is not authorized to perform: ${action} on resource: ${resource} ${because}`;
  return service === 's3'
    ? new GatewayError('AccessDenied', 403, message)
    : new GatewayError('AccessDeniedException', service === 'dynamodb' ? 400 : 403, message);
}
