// The DynamoDB front: SigV4 over the whole JSON body, authorization per table or index, the item size limit, then
// dynalite answers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { accessDenied, firstDenial } from './authorization.ts';
import type { GatewayContext } from './context.ts';
import { dynamoAuthorizationRequests, operationOf } from './dynamodb-actions.ts';
import { checkItemLimits, readCurrentItem } from './dynamodb-limits.ts';
import { GatewayError, sendError } from './errors.ts';
import { forward, readBody, withoutHopByHop } from './http.ts';
import { parseRequestTarget } from './request-target.ts';
import { sha256Hex } from './sha256.ts';
import { verifySigV4 } from './sigv4.ts';
import { sigV4Error } from './sigv4-errors.ts';

/** DynamoDB's largest request (a BatchWriteItem of 25 items of 400 KB fits): 16 MB. */
const MAX_REQUEST_BYTES = 16 * 1024 * 1024;

async function handle(request: IncomingMessage, response: ServerResponse, context: GatewayContext) {
  if (request.method !== 'POST')
    throw new GatewayError('UnknownOperationException', 400, 'DynamoDB is called with POST requests only');
  const read = await readBody(request, MAX_REQUEST_BYTES);
  if ('tooLarge' in read)
    throw new GatewayError(
      'RequestEntityTooLarge',
      413,
      `Request size ${read.received} exceeded ${MAX_REQUEST_BYTES} bytes`,
    );
  const { path, query } = parseRequestTarget(request.url ?? '/');
  const verified = await verifySigV4(
    { method: 'POST', path, query, headers: request.headers },
    {
      service: 'dynamodb',
      region: context.region,
      registry: context.registry,
      now: context.now(),
      bodySha256: sha256Hex(read.body),
    },
  );
  if (!verified.ok) throw sigV4Error('dynamodb', verified.failure);
  const target = request.headers['x-amz-target'];
  const operation = operationOf(Array.isArray(target) ? target[0] : target);
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(read.body.toString('utf8'));
  } catch {
    throw new GatewayError('SerializationException', 400, 'The request body is not valid JSON');
  }
  const requests = dynamoAuthorizationRequests(verified.signature.principal, operation, body, context.region);
  const denial = await firstDenial(context.authorize, requests);
  if (denial) {
    context.log('DynamoDB request denied', { ...denial.request, reason: denial.reason });
    throw accessDenied('dynamodb', denial);
  }
  await checkItemLimits(operation, body, (table, key) =>
    readCurrentItem(context.upstream.dynamodb, table, key),
  );
  await forward(response, {
    upstream: context.upstream.dynamodb,
    method: 'POST',
    path: request.url ?? '/',
    headers: withoutHopByHop(request.headers),
    body: read.body,
  });
}

export function dynamoFront(context: GatewayContext) {
  return (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response, context).catch((error: unknown) => {
      if (!(error instanceof GatewayError))
        context.log('DynamoDB gateway error', { error: (error as Error).message });
      sendError(
        'dynamodb',
        response,
        error instanceof GatewayError
          ? error
          : new GatewayError('InternalServerError', 500, 'The local gateway failed to pass the request on'),
      );
    });
  };
}
