// The EventBridge events the Lambda entries accept, parsed with the Powertools Parser's schemas.
import { describe, expect, it } from 'vitest';
import { endedExecution } from '../../../functions/events/execution-status-change.ts';
import { createdObjectKey } from '../../../functions/events/object-created.ts';
import { executionStatusChangeEvent, objectCreatedEvent } from '../../fixtures/eventbridge-events.ts';

describe('S3 "Object Created" from EventBridge', () => {
  it('gives the key decoded, with "+" read as a space', () => {
    const key = 'uploads/p1/Année 2026+final.xlsx';
    const encoded = encodeURIComponent(key).replaceAll('%2F', '/').replaceAll('%20', '+');

    expect(createdObjectKey(objectCreatedEvent(encoded))).toBe(key);
  });

  it('refuses an event that is not one', () => {
    expect(() => createdObjectKey({ detail: { object: { key: 'uploads/p1/u1.xlsx' } } })).toThrow();
    const { object: _object, ...detail } = objectCreatedEvent('k').detail;
    expect(() => createdObjectKey({ ...objectCreatedEvent('k'), detail })).toThrow();
  });
});

describe('Step Functions "Execution Status Change" from EventBridge', () => {
  const name = 'p1-submission-validation-7';

  it('gives the pilot from the input, the execution name and the error', () => {
    const event = executionStatusChangeEvent(name, { pilotId: 'p1' }, 'FAILED', {
      error: 'States.Runtime',
      cause: 'An error occurred while executing the state',
    });

    expect(endedExecution(event)).toEqual({
      pilotId: 'p1',
      executionName: name,
      failure: { Error: 'States.Runtime', Cause: 'An error occurred while executing the state' },
    });
  });

  it("keeps the message of a function error no Catch saw, which arrives as Lambda's error payload", () => {
    const cause = JSON.stringify({ errorType: 'TypeError', errorMessage: 'x is undefined', trace: [] });
    const event = executionStatusChangeEvent(name, { pilotId: 'p1' }, 'FAILED', {
      error: 'TypeError',
      cause,
    });

    expect(endedExecution(event).failure).toEqual({ Error: 'TypeError', Cause: 'x is undefined' });
  });

  it('names a timed-out run by its status, having no error', () => {
    expect(endedExecution(executionStatusChangeEvent(name, { pilotId: 'p1' }, 'TIMED_OUT')).failure).toEqual({
      Error: 'TIMED_OUT',
      Cause: '',
    });
  });

  it('refuses a run whose input names no pilot, or is not JSON', () => {
    expect(() => endedExecution(executionStatusChangeEvent(name, {}, 'FAILED'))).toThrow();
    const event = executionStatusChangeEvent(name, {}, 'FAILED');
    expect(() => endedExecution({ ...event, detail: { ...event.detail, input: '{not json' } })).toThrow();
  });
});
