// The SES v2 front: SendEmail is signed, authorized on the sender's identity and held to SES's message size
// limit before the mail catcher keeps it. The catcher's own inbox pages (GET) stay open: they are not SES.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { accessDenied, firstDenial } from './authorization.ts';
import type { GatewayContext } from './context.ts';
import { LOCAL_ACCOUNT } from './credentials.ts';
import { GatewayError, sendError } from './errors.ts';
import { forward, readBody, withoutHopByHop } from './http.ts';
import { parseRequestTarget } from './request-target.ts';
import { sha256Hex } from './sha256.ts';
import { verifySigV4 } from './sigv4.ts';
import { sigV4Error } from './sigv4-errors.ts';

/** SES v2's message limit: 40 MB including attachments, after encoding (SES v1's SendRawEmail keeps 10 MB). */
export const MAX_MESSAGE_BYTES = 40 * 1024 * 1024;
/** Beyond this the request is refused unread: no 40 MB message needs a larger JSON body. */
const MAX_REQUEST_BYTES = 64 * 1024 * 1024;
const SEND_EMAIL_PATH = '/v2/email/outbound-emails';

type Json = Record<string, unknown>;
const utf8 = (value: unknown) => (typeof value === 'string' ? Buffer.byteLength(value, 'utf8') : 0);
const data = (value: unknown) => (value as Json | undefined)?.Data;

/**
 * The size of the MIME message SES would build, estimated on the large side: simple text and HTML as base64 (the
 * larger of the usual transfer encodings), attachments as the base64 they arrive in, raw messages as decoded; a
 * template, which only SES renders, as the whole request.
 */
export function estimateMessageBytes(request: Json, requestBytes: number): number {
  const content = (request.Content ?? {}) as Json;
  const raw = data(content.Raw);
  if (typeof raw === 'string') return Math.floor((raw.length * 3) / 4);
  const simple = content.Simple as Json | undefined;
  if (!simple) return requestBytes;
  const body = (simple.Body ?? {}) as Json;
  const texts = utf8(data(simple.Subject)) + utf8(data(body.Text)) + utf8(data(body.Html));
  const attachments = ((simple.Attachments as Json[] | undefined) ?? []).reduce(
    (sum, attachment) => sum + utf8(attachment.RawContent) + utf8(attachment.FileName) + 200,
    0,
  );
  return Math.ceil((texts * 4) / 3) + attachments + 1024;
}

/** The address inside "Name <address>", or the value itself. */
const addressOf = (value: string) => /<([^>]+)>/.exec(value)?.[1] ?? value;

async function sendEmail(request: IncomingMessage, response: ServerResponse, context: GatewayContext) {
  const read = await readBody(request, MAX_REQUEST_BYTES);
  if ('tooLarge' in read)
    throw new GatewayError(
      'MessageRejected',
      400,
      `Message length is more than ${MAX_MESSAGE_BYTES} bytes long.`,
    );
  const { path, query } = parseRequestTarget(request.url ?? '/');
  const verified = await verifySigV4(
    { method: 'POST', path, query, headers: request.headers },
    {
      service: 'ses',
      region: context.region,
      registry: context.registry,
      now: context.now(),
      bodySha256: sha256Hex(read.body),
    },
  );
  if (!verified.ok) throw sigV4Error('ses', verified.failure);
  let body: Json;
  try {
    body = JSON.parse(read.body.toString('utf8'));
  } catch {
    throw new GatewayError('BadRequestException', 400, 'The request body is not valid JSON');
  }
  const from = addressOf(String(body.FromEmailAddress ?? ''));
  const destination = (body.Destination ?? {}) as Record<string, string[] | undefined>;
  const recipients = [
    ...(destination.ToAddresses ?? []),
    ...(destination.CcAddresses ?? []),
    ...(destination.BccAddresses ?? []),
  ];
  const denial = await firstDenial(context.authorize, [
    {
      principal: verified.signature.principal,
      service: 'ses',
      action: 'ses:SendEmail',
      // The sending identity is the resource SES authorizes SendEmail on.
      resources: [`arn:aws:ses:${context.region}:${LOCAL_ACCOUNT}:identity/${from || '*'}`],
      context: {
        'ses:FromAddress': from,
        'ses:Recipients': recipients.map(addressOf),
        'ses:ApiVersion': '2',
      },
    },
  ]);
  if (denial) {
    context.log('SES request denied', { ...denial.request, reason: denial.reason });
    throw accessDenied('ses', denial);
  }
  const size = estimateMessageBytes(body, read.body.length);
  if (size > MAX_MESSAGE_BYTES)
    throw new GatewayError(
      'MessageRejected',
      400,
      `Message length is more than ${MAX_MESSAGE_BYTES} bytes long: '${size}'.`,
    );
  await forward(response, {
    upstream: context.upstream.ses,
    method: 'POST',
    path: request.url ?? SEND_EMAIL_PATH,
    headers: withoutHopByHop(request.headers),
    body: read.body,
  });
}

async function handle(request: IncomingMessage, response: ServerResponse, context: GatewayContext) {
  const { path } = parseRequestTarget(request.url ?? '/');
  if (request.method === 'POST' && path === SEND_EMAIL_PATH) return sendEmail(request, response, context);
  if ((request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/v2/'))
    return forward(response, {
      upstream: context.upstream.ses,
      method: request.method,
      path: request.url ?? '/',
      headers: withoutHopByHop(request.headers),
    });
  throw new GatewayError(
    'NotFoundException',
    404,
    'The local mail catcher implements only SendEmail of SES v2',
  );
}

export function sesFront(context: GatewayContext) {
  return (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response, context).catch((error: unknown) => {
      if (!(error instanceof GatewayError))
        context.log('SES gateway error', { error: (error as Error).message });
      sendError(
        'ses',
        response,
        error instanceof GatewayError
          ? error
          : new GatewayError('InternalServiceErrorException', 500, 'The local gateway failed'),
      );
    });
  };
}
