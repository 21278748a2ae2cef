// What Lambda's Node runtime does inside one execution environment, in a fresh process the host forks: load the
// handler `_HANDLER` names from the task root once (the cold start), then run one invocation at a time as asked,
// answering with the result or the error the way Lambda reports a function error. Plain JavaScript, so Node starts
// it without a TypeScript loader, and it imports nothing but Node's own modules.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [file, exportName] = (process.env._HANDLER ?? '').split('.');
const handler = import(pathToFileURL(join(process.env.LAMBDA_TASK_ROOT ?? '', `${file}.mjs`)).href).then(
  (module) => {
    if (typeof module[exportName] !== 'function')
      throw Object.assign(new Error(`${file}.${exportName} is undefined or not exported`), {
        name: 'Runtime.HandlerNotFound',
      });
    return module[exportName];
  },
);
// An init failure is answered to the first invocation, as Lambda answers it.
handler.catch(() => {});

process.on('message', async ({ id, event, context, deadlineMs }) => {
  try {
    const run = await handler;
    const result = await run(event, { ...context, getRemainingTimeInMillis: () => deadlineMs - Date.now() });
    process.send({ id, result: result ?? null });
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    process.send({
      id,
      error: {
        errorType: failure.name,
        errorMessage: failure.message,
        trace: (failure.stack ?? '').split('\n'),
      },
    });
  }
});
