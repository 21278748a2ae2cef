// EventBridge as the app uses it: events published by S3 and Step Functions are matched against the synthesized
// rules' event patterns and delivered to each rule's target function, once and asynchronously.
import { randomUUID } from 'node:crypto';
import type { Invocation } from './lambda-host.ts';

export interface Rule {
  /** The function the rule targets. */
  target: string;
  pattern: Record<string, unknown>;
}

export interface Delivery {
  target: string;
  event: Record<string, unknown>;
  outcome: Invocation;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** One listed value of a pattern: an exact value, or a content filter (only `prefix` is used by the app's rules). */
function valueMatches(listed: unknown, value: unknown): boolean {
  if (!isObject(listed)) return listed === value;
  const [filter, ...rest] = Object.entries(listed);
  if (filter?.[0] !== 'prefix' || rest.length > 0)
    throw new Error(`The local event bus does not support the filter ${JSON.stringify(listed)}`);
  return typeof value === 'string' && value.startsWith(String(filter[1]));
}

/** EventBridge's matching: every field of the pattern must match; a list matches if any listed value does, and an
 * array in the event matches if any of its elements does. */
export function patternMatches(pattern: Record<string, unknown>, event: unknown): boolean {
  if (!isObject(event)) return false;
  return Object.entries(pattern).every(([field, expected]) => {
    const actual = event[field];
    if (!Array.isArray(expected))
      return isObject(expected) ? patternMatches(expected, actual) : expected === actual;
    const values = Array.isArray(actual) ? actual : [actual];
    return values.some((value) => expected.some((listed) => valueMatches(listed, value)));
  });
}

export class EventBus {
  readonly deliveries: Delivery[] = [];
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly rules: readonly Rule[],
    private readonly deliver: (target: string, event: unknown) => Promise<Invocation>,
    private readonly origin: { account: string; region: string },
  ) {}

  /** Publishes an event as an AWS service does; no retry follows a failed delivery. */
  publish(source: string, detailType: string, resources: string[], detail: Record<string, unknown>): void {
    const event = {
      version: '0',
      id: randomUUID(),
      'detail-type': detailType,
      source,
      account: this.origin.account,
      time: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      region: this.origin.region,
      resources,
      detail,
    };
    for (const rule of this.rules) {
      if (!patternMatches(rule.pattern, event)) continue;
      const delivery = this.deliver(rule.target, event).then((outcome) => {
        this.deliveries.push({ target: rule.target, event, outcome });
      });
      this.inFlight.add(delivery);
      void delivery.finally(() => this.inFlight.delete(delivery));
    }
  }

  get busy(): boolean {
    return this.inFlight.size > 0;
  }

  /** Resolves when every delivery published so far has been answered. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }
}
