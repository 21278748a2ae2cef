// Lambda entry for the HTTP API: the Hono app behind API Gateway, identity taken from the verified JWT claims.
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { correlatePilotRoutes } from '../adapters/aws/log-keys.ts';
import { createApi } from '../api/app.ts';
import { actorFromClaims } from '../api/claims.ts';
import { API_BASE_PATH } from '../api/public-routes.ts';
import { UnauthenticatedError } from '../core/errors.ts';
import { deps, logger } from './composition.ts';

interface AuthorizedEnv {
  event?: { requestContext?: { authorizer?: { jwt?: { claims?: unknown } } } };
}

// Correlation is the entry's concern, as in the embedded runtime: the app in api/ stays the same in both.
const app = new Hono();
correlatePilotRoutes(app, API_BASE_PATH, logger);
app.route(
  '/',
  createApi(deps, async (_request, env) => {
    const claims = (env as AuthorizedEnv).event?.requestContext?.authorizer?.jwt?.claims;
    if (!claims) throw new UnauthenticatedError('No verified identity on this request');
    return actorFromClaims(claims);
  }),
);

export const handler = handle(app);
