// Reads a message of a failed-events queue, whichever service put it there: Lambda's on-failure destination wraps
// the event in a record with the error, EventBridge's dead-letter config sends the event itself with error attributes.
import * as z from 'zod';

const lambdaRecord = z.object({
  version: z.string(),
  timestamp: z.string(),
  requestContext: z.object({
    requestId: z.string(),
    condition: z.string(),
    approximateInvokeCount: z.number(),
  }),
  requestPayload: z.unknown(),
  responsePayload: z.object({ errorType: z.string(), errorMessage: z.string() }).partial().nullish(),
});

const eventBridgeEvent = z.looseObject({
  id: z.string(),
  'detail-type': z.string(),
  source: z.string(),
  time: z.string(),
  detail: z.unknown(),
});

/** SQS message attributes as the CLI prints them: `{ NAME: { StringValue, DataType } }`. */
export type MessageAttributes = Record<string, { StringValue?: string }>;

export interface FailedEvent {
  /** What the function must be invoked with again: the original event. */
  event: unknown;
  origin: 'lambda' | 'eventbridge';
  at: string;
  reason: string;
}

export function parseFailedEvent(body: string, attributes: MessageAttributes = {}): FailedEvent {
  const json: unknown = JSON.parse(body);
  const record = lambdaRecord.safeParse(json);
  if (record.success) {
    const { requestContext, responsePayload, timestamp, requestPayload } = record.data;
    const error = responsePayload?.errorMessage
      ? `${responsePayload.errorType ?? 'Error'}: ${responsePayload.errorMessage}`
      : 'no error payload';
    return {
      event: requestPayload,
      origin: 'lambda',
      at: timestamp,
      reason: `${requestContext.condition} after ${requestContext.approximateInvokeCount} attempts (${error})`,
    };
  }
  const event = eventBridgeEvent.safeParse(json);
  if (event.success) {
    const code = attributes.ERROR_CODE?.StringValue ?? 'unknown error';
    const message = attributes.ERROR_MESSAGE?.StringValue;
    return {
      event: event.data,
      origin: 'eventbridge',
      at: event.data.time,
      reason: `not delivered: ${code}${message ? ` (${message})` : ''}`,
    };
  }
  throw new Error('The message is neither a Lambda failure record nor an EventBridge event');
}

const s3Detail = z.object({ bucket: z.object({ name: z.string() }), object: z.object({ key: z.string() }) });
const executionDetail = z.object({ executionArn: z.string(), status: z.string() });

/** One line that tells an operator which upload, run or schedule tick the event was about. */
export function describeEvent(event: unknown): string {
  const parsed = eventBridgeEvent.safeParse(event);
  if (!parsed.success) return JSON.stringify(event).slice(0, 120);
  const s3 = s3Detail.safeParse(parsed.data.detail);
  if (s3.success) return `${parsed.data['detail-type']} s3://${s3.data.bucket.name}/${s3.data.object.key}`;
  const execution = executionDetail.safeParse(parsed.data.detail);
  if (execution.success) return `${execution.data.status} ${execution.data.executionArn}`;
  return `${parsed.data['detail-type']} at ${parsed.data.time}`;
}
