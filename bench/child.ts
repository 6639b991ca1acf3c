/**
 * Benchmark scripts that run part of themselves in a second process (a server under load, a process
 * whose memory is measured): the script starts itself again with a flag in its environment.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Starts the script at `moduleUrl` again (under tsx, with an IPC channel), with `env` added to its environment. */
export function forkSelf(moduleUrl: string, env: Record<string, string>): ChildProcess {
  return fork(fileURLToPath(moduleUrl), [], {
    env: { ...process.env, ...env },
    // --expose-gc: a child may collect garbage before it reports its memory.
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** The child's next message; an error naming `what` if the child exits first. */
export function nextMessage<T>(child: ChildProcess, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${what} exited with ${code}`));
    child.once('exit', onExit);
    child.once('message', (m) => {
      child.off('exit', onExit);
      resolve(m as T);
    });
  });
}
