// Lists the events an EventBridge-invoked function failed on, and sends them to it again (docs/deploy.md, "A failed
// event"): npm run redrive -- --stage dev --function upload-event [--list]
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { failedEventsQueueName } from '../infra/constructs/failed-events.ts';
import { eventTargets } from '../infra/entry-specs.ts';
import { aws } from './lib/aws-cli.ts';
import { describeEvent, parseFailedEvent } from './lib/failed-events.ts';

const { values } = parseArgs({
  options: {
    stage: { type: 'string', default: 'dev' },
    function: { type: 'string' },
    list: { type: 'boolean', default: false },
  },
});
const name = eventTargets.find((target) => target === values.function);
if (!name || !['dev', 'prod'].includes(values.stage)) {
  console.error(`Usage: npm run redrive -- --stage dev|prod --function ${eventTargets.join('|')} [--list]`);
  process.exit(2);
}
const prefix = `u4ssc-${values.stage}`;
const queueUrl = z
  .object({ QueueUrl: z.string() })
  .parse(aws(['sqs', 'get-queue-url', '--queue-name', failedEventsQueueName(prefix, name)])).QueueUrl;

const received = z.object({
  Messages: z
    .array(
      z.object({
        MessageId: z.string(),
        ReceiptHandle: z.string(),
        Body: z.string(),
        MessageAttributes: z.record(z.string(), z.object({ StringValue: z.string().optional() })).optional(),
      }),
    )
    .default([]),
});

/** Listing hides each message for 30 s only; redriving hides it long enough to invoke and delete it. */
const receive = () =>
  received.parse(
    aws([
      'sqs',
      'receive-message',
      '--queue-url',
      queueUrl,
      '--max-number-of-messages',
      '10',
      '--visibility-timeout',
      values.list ? '30' : '300',
      '--message-attribute-names',
      'All',
    ]) ?? {},
  ).Messages;

let count = 0;
const seen = new Set<string>();
for (let batch = receive(); batch.length > 0; batch = values.list ? [] : receive()) {
  for (const message of batch) {
    if (seen.has(message.MessageId)) continue;
    seen.add(message.MessageId);
    const failed = parseFailedEvent(message.Body, message.MessageAttributes);
    console.log(`${failed.at}  ${describeEvent(failed.event)}\n  ${failed.origin}: ${failed.reason}`);
    if (values.list) continue;
    // Asynchronously, as EventBridge invokes it: the same retries and the same queue apply if it fails again.
    aws([
      'lambda',
      'invoke',
      '--function-name',
      `${prefix}-${name}`,
      '--invocation-type',
      'Event',
      '--cli-binary-format',
      'raw-in-base64-out',
      '--payload',
      JSON.stringify(failed.event),
      '/dev/null',
    ]);
    aws(['sqs', 'delete-message', '--queue-url', queueUrl, '--receipt-handle', message.ReceiptHandle]);
    console.log('  redriven');
    count++;
  }
}
console.log(values.list ? `${seen.size} failed event(s) listed.` : `${count} event(s) redriven.`);
