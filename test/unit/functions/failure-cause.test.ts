// The failure a Catch hands the recordStageFailure function: Step Functions passes a function's error as Lambda's
// JSON payload, and the timeline keeps its message.
import { describe, expect, it } from 'vitest';
import { readableCause, withReadableCause } from '../../../functions/failure-cause.ts';

const payload = JSON.stringify({
  errorType: 'AccessDeniedException',
  errorMessage:
    'User: arn:aws:sts::000000000000:assumed-role/x/x is not authorized to perform: dynamodb:PutItem',
  trace: ['AccessDeniedException: User: ...', '    at handler (index.mjs:1:1)'],
});

describe('the cause of a caught failure', () => {
  it("is the message of Lambda's error payload, the rest of the task input unchanged", () => {
    const input = {
      pilotId: 'p1',
      machine: 'certification',
      failure: { Error: 'AccessDeniedException', Cause: payload },
    };

    expect(withReadableCause(input)).toEqual({
      ...input,
      failure: {
        Error: 'AccessDeniedException',
        Cause:
          'User: arn:aws:sts::000000000000:assumed-role/x/x is not authorized to perform: dynamodb:PutItem',
      },
    });
  });

  it('stays as it is when it is not a Lambda error: a runtime error, other JSON, no cause at all', () => {
    expect(readableCause('An error occurred while executing the state')).toBe(
      'An error occurred while executing the state',
    );
    expect(readableCause('{"message":"other"}')).toBe('{"message":"other"}');
    expect(withReadableCause({ pilotId: 'p1' })).toEqual({ pilotId: 'p1' });
  });
});
