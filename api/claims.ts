// Maps identity-token claims (Cognito's or the local issuer's, the same shape) to the domain's Actor.
import * as z from 'zod';
import type { Actor } from '../core/actors.ts';
import { UnauthenticatedError } from '../core/errors.ts';

const ROLE_PRIORITY = ['secretariat', 'verifier', 'city'] as const;

/** API Gateway passes `cognito:groups` as "[a b]"; a JWT carries it as an array. */
const groupsSchema = z.union([z.array(z.string()), z.string()]).transform((g) =>
  Array.isArray(g)
    ? g
    : g
        .replace(/^\[|\]$/g, '')
        .split(/[\s,]+/)
        .filter(Boolean),
);

export const claimsSchema = z.object({
  sub: z.string().min(1),
  'cognito:groups': groupsSchema.optional(),
  'custom:cityId': z.string().optional(),
  email: z.string().optional(),
  name: z.string().optional(),
});
export type IdentityClaims = z.input<typeof claimsSchema>;

export function actorFromClaims(raw: unknown): Actor {
  const parsed = claimsSchema.safeParse(raw);
  if (!parsed.success) throw new UnauthenticatedError('The identity token lacks the expected claims');
  const claims = parsed.data;
  const role = ROLE_PRIORITY.find((r) => claims['cognito:groups']?.includes(r));
  if (!role)
    throw new UnauthenticatedError('Your account is in none of the groups secretariat, verifier or city');
  if (role === 'city' && !claims['custom:cityId'])
    throw new UnauthenticatedError('Your city account is not linked to a city');
  return {
    userId: claims.sub,
    role,
    cityId: role === 'city' ? claims['custom:cityId'] : undefined,
    email: claims.email,
    name: claims.name,
  };
}
