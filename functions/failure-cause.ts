// The cause of a failure as the timeline keeps it. Step Functions hands a Lambda function's error on as the Cause of
// the Task's failure in the Node runtime's JSON ({"errorType", "errorMessage", "trace"}); the message is the cause.
import * as z from 'zod';

const lambdaErrorSchema = z.object({ errorType: z.string(), errorMessage: z.string() });

/** The message of a Lambda error payload; any other cause (States.Runtime's text, a Fail state's) as it is. */
export function readableCause(cause: string): string {
  try {
    return lambdaErrorSchema.safeParse(JSON.parse(cause)).data?.errorMessage ?? cause;
  } catch {
    return cause;
  }
}

const withFailureSchema = z.looseObject({ failure: z.looseObject({ Cause: z.string() }) });

/** A Catch's task input with the failure's cause made readable; any other input as it is, for the task to judge. */
export function withReadableCause(input: unknown): unknown {
  const parsed = withFailureSchema.safeParse(input);
  if (!parsed.success) return input;
  return {
    ...parsed.data,
    failure: { ...parsed.data.failure, Cause: readableCause(parsed.data.failure.Cause) },
  };
}
