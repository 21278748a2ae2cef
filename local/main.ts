// `npm start`: runs the whole system on this machine with no AWS account and no Docker.
import { configFromEnv } from './config.ts';
import { StartupError } from './guards.ts';
import { startRuntime } from './runtime.ts';

try {
  const runtime = await startRuntime(configFromEnv());
  const { urls } = runtime;
  console.log(`
U4SSC pilot workflow is running (embedded default).
  Portal        ${urls.portal}
  API           ${urls.api}
  Local inbox   ${urls.inbox}
  S3            ${urls.s3}
  DynamoDB      ${urls.dynamodb}
  (S3, DynamoDB and the inbox's SendEmail check SigV4 like AWS; the local keys are in the data folder's
  aws-credentials.json)
Sign in with a demo user (password "demo"): secretariat, supervisor, verifier, verifier2, aurora, borealis.
Press Ctrl+C to stop; every pilot and file is kept in the data folder.`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await runtime.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof StartupError) {
    console.error(`Cannot start: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
