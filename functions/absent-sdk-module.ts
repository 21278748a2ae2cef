// Stands in for an AWS SDK module left out of a Lambda bundle: the function's spec says it never needs it.
// Reaching this means the spec and the code disagree; fail loudly rather than with an access error later.
throw new Error(
  'This function was bundled without the AWS SDK module it just loaded: give it the capability in its spec ' +
    '(state-machines/stage-machines.ts or infra/constructs/entry-functions.ts), which also grants the access.',
);
