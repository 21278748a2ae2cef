// Turns an API call expected to fail into its error (or undefined if it succeeded), for assertions on status and code.
import type { ApiError } from '../../scripts/lib/api-client.ts';

export const failure = (promise: Promise<unknown>): Promise<ApiError | undefined> =>
  promise.then(
    () => undefined,
    (error: ApiError) => error,
  );
