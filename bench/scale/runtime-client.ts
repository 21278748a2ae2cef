// The benchmark's side of the runtime process (bench/scale/runtime-process.ts): start it, ask it, stop it.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  type RuntimeReply,
  type RuntimeReplyType,
  type RuntimeRequest,
  runtimeReplies,
} from './runtime-protocol.ts';

/** Waits for the runtime process's next message of one type. */
export function reply<K extends RuntimeReplyType>(child: ChildProcess, type: K): Promise<RuntimeReply<K>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type?: string }) => {
      if (message.type !== type) return;
      child.off('exit', onExit);
      child.off('message', onMessage);
      resolve(runtimeReplies[type].parse(message) as RuntimeReply<K>);
    };
    const onExit = (code: number | null) => reject(new Error(`the runtime process exited with ${code}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

export function ask<K extends RuntimeReplyType>(child: ChildProcess, request: RuntimeRequest, answer: K) {
  const answered = reply(child, answer);
  child.send(request);
  return answered;
}

/** Starts the runtime in its own process, with extra environment variables. */
export function forkRuntime(env: Record<string, string> = {}): ChildProcess {
  return fork(fileURLToPath(new URL('./runtime-process.ts', import.meta.url)), {
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : []),
    ],
    env: { ...process.env, ...env },
  });
}

/** Stops the runtime process whatever state it is in. */
export async function stopRuntime(child: ChildProcess): Promise<void> {
  if (child.connected) await ask(child, { type: 'stop' }, 'stopped').catch(() => undefined);
  // A process left to exit on its own writes its CPU profile (BENCH_CPU_PROF); one that hangs is killed.
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (child.exitCode === null) await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  child.kill();
}
