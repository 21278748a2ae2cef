// Lambda entry for the HTTP API: the Hono app behind API Gateway, identity taken from the verified JWT claims.
import { handle } from 'hono/aws-lambda';
import { createApi } from '../api/app.ts';
import { actorFromClaims } from '../api/claims.ts';
import { UnauthenticatedError } from '../core/errors.ts';
import { deps } from './composition.ts';

interface AuthorizedEnv {
  event?: { requestContext?: { authorizer?: { jwt?: { claims?: unknown } } } };
}

const app = createApi(deps, async (_request, env) => {
  const claims = (env as AuthorizedEnv).event?.requestContext?.authorizer?.jwt?.claims;
  if (!claims) throw new UnauthenticatedError('No verified identity on this request');
  return actorFromClaims(claims);
});

export const handler = handle(app);
