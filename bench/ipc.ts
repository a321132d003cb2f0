// Request/response over a child process's IPC channel: the bench's processes (emulator, servers) answer the
// orchestrator's questions (request counts, CPU time, RSS) between measurements, never during them.
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';

export interface Reply {
  id: number;
  error?: string;
  [field: string]: unknown;
}

export interface Child {
  process: ChildProcess;
  /** Sends `command` and waits for the reply with the same id (bounded by `timeoutMs`). */
  ask<T = Record<string, unknown>>(command: Record<string, unknown>, timeoutMs?: number): Promise<T>;
  /**
   * Asks the child to stop, then kills it if it has not exited within `killAfterMs` (5 s; longer when it must write
   * a CPU profile on its way out).
   */
  stop(killAfterMs?: number): Promise<void>;
}

/**
 * Starts a compiled bench script (`file`, JavaScript: a TypeScript loader would add its own memory and threads to
 * what is measured) in a child Node process and waits for its `ready` reply. `execArgv`: Node options for that child
 * alone (e.g. `--cpu-prof`).
 */
export async function startChild(
  file: string,
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 30_000,
  execArgv: string[] = [],
): Promise<{ child: Child; ready: Reply }> {
  const script = path.basename(file);
  const child = fork(file, args, {
    execArgv,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 1;
  const pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  child.on('message', (message: Reply) => {
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.error !== undefined) waiter.reject(new Error(`${script}: ${message.error}`));
    else waiter.resolve(message);
  });
  child.on('exit', (code, signal) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`${script} exited (${String(code ?? signal)})`));
    pending.clear();
  });

  const ask = <T>(command: Record<string, unknown>, askTimeoutMs = 30_000, id = nextId++): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${script} did not answer ${JSON.stringify(command)} within ${askTimeoutMs} ms`));
      }, askTimeoutMs);
      pending.set(id, {
        resolve: (reply) => {
          clearTimeout(timer);
          resolve(reply as unknown as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      child.send({ ...command, id });
    });

  const handle: Child = {
    process: child,
    ask: (command, askTimeoutMs) => ask(command, askTimeoutMs),
    async stop(killAfterMs = 5_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => {
        child.once('exit', () => {
          resolve();
        });
      });
      const kill = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      try {
        child.send({ type: 'stop', id: 0 });
      } catch {
        child.kill('SIGKILL');
      }
      await exited;
      clearTimeout(kill);
    },
  };
  // The child announces itself with id 0 once it is listening.
  const ready = await new Promise<Reply>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    pending.set(0, {
      resolve: (reply) => {
        clearTimeout(timer);
        resolve(reply);
      },
      reject: (error) => {
        clearTimeout(timer);
        reject(error);
      },
    });
  });
  return { child: handle, ready };
}

/** In a child: answers each command with `handle`'s result; `stop` runs `onStop` and exits. */
export function serveCommands(
  handle: (command: Record<string, unknown>) => Promise<Record<string, unknown>> | Record<string, unknown>,
  onStop: () => Promise<void>,
): void {
  const send = (reply: Reply) => {
    if (process.connected) process.send?.(reply);
  };
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const force = setTimeout(() => process.exit(1), 5_000);
    force.unref();
    try {
      await onStop();
    } finally {
      process.exit(0);
    }
  };
  process.on('message', (message: Record<string, unknown> & { id: number; type?: string }) => {
    if (message.type === 'stop') {
      void stop();
      return;
    }
    Promise.resolve()
      .then(() => handle(message))
      .then(
        (result) => {
          send({ ...result, id: message.id });
        },
        (error: unknown) => {
          send({ id: message.id, error: error instanceof Error ? error.message : String(error) });
        },
      );
  });
  // The orchestrator went away (finished, crashed or was killed): never outlive it.
  process.on('disconnect', () => void stop());
}

/** In a child: the `ready` announcement. */
export function announce(fields: Record<string, unknown>): void {
  process.send?.({ ...fields, id: 0 });
}
