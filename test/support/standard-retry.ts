// Finds the Task states, at any depth of a definition, whose Retry is not the standard policy; both runtimes' tests use it.
import { isDeepStrictEqual } from 'node:util';
import { standardRetry } from '../../state-machines/task-defaults.ts';

/** Task states ("<machine>/<state>") allowed a Retry policy of their own; none needs one today. */
export const ownRetryPolicies: readonly string[] = [];

/** The states of one machine allowed their own policy, by state name. */
export const ownRetryPoliciesOf = (machine: string) =>
  ownRetryPolicies.filter((p) => p.startsWith(`${machine}/`)).map((p) => p.slice(machine.length + 1));

interface State {
  Type?: string;
  Retry?: unknown;
  Branches?: { States: Record<string, State> }[];
  ItemProcessor?: { States: Record<string, State> };
  Iterator?: { States: Record<string, State> };
}

/**
 * The paths ("Outer/Inner") of Task states lacking the standard Retry. It walks into Parallel and Map states even
 * though the stage machines have none today, so a nested Task added later cannot slip past it.
 */
export function tasksWithoutStandardRetry(
  definition: { States: Record<string, State> },
  allowedOwnPolicy: readonly string[] = [],
  prefix = '',
): string[] {
  return Object.entries(definition.States).flatMap(([name, state]) => {
    const path = `${prefix}${name}`;
    const nested = [...(state.Branches ?? []), state.ItemProcessor, state.Iterator].flatMap((inner) =>
      inner ? tasksWithoutStandardRetry(inner, allowedOwnPolicy, `${path}/`) : [],
    );
    const lacking =
      state.Type === 'Task' &&
      !allowedOwnPolicy.includes(path) &&
      !isDeepStrictEqual(state.Retry, standardRetry);
    return lacking ? [path, ...nested] : nested;
  });
}
