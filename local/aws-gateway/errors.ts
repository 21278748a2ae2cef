// Errors the gateway answers with, written in the wire shape of the service asked (S3 XML, DynamoDB and SES JSON).
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';

export type Service = 's3' | 'dynamodb' | 'ses';

/** A refusal in one service's terms: the code and status that service uses, so the SDK raises its own error class. */
export class GatewayError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    /** Extra elements S3 puts in its error document, e.g. MaxSizeAllowed. */
    readonly details: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = code;
  }
}

const requestId = () => randomBytes(8).toString('hex').toUpperCase();

const escapeXml = (value: string) =>
  value.replace(
    /[<>&'"]/g,
    (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[ch]!,
  );

export function s3ErrorXml(error: GatewayError, id = requestId()): string {
  const details = Object.entries(error.details)
    .map(([name, value]) => `<${name}>${escapeXml(String(value))}</${name}>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${error.code}</Code><Message>${escapeXml(error.message)}</Message>${details}<RequestId>${id}</RequestId><HostId>${id}</HostId></Error>`;
}

/** DynamoDB puts validation errors in another namespace than the rest; the SDK reads only the part after '#'. */
export function dynamoErrorBody(error: GatewayError): string {
  const namespace =
    error.code === 'ValidationException' ? 'com.amazon.coral.validate' : 'com.amazon.coral.service';
  return JSON.stringify({ __type: `${namespace}#${error.code}`, message: error.message });
}

export function sendError(
  service: Service,
  response: ServerResponse,
  error: GatewayError,
  options: { head?: boolean; headers?: Record<string, string> } = {},
): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const id = requestId();
  const [contentType, body] =
    service === 's3'
      ? ['application/xml', s3ErrorXml(error, id)]
      : service === 'dynamodb'
        ? ['application/x-amz-json-1.0', dynamoErrorBody(error)]
        : ['application/json', JSON.stringify({ message: error.message })];
  const headers: Record<string, string> = {
    ...options.headers,
    'content-type': contentType,
    'x-amz-request-id': id,
    'x-amzn-requestid': id,
  };
  // SES v2 speaks REST-JSON: the SDK takes the error's name from this header.
  if (service === 'ses') headers['x-amzn-errortype'] = error.code;
  // A HEAD answer carries no body, so S3 clients read the status alone (403, 404, 412).
  response.writeHead(error.status, headers).end(options.head ? undefined : body);
}
