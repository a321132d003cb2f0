// src/main.ts as `npm start` runs it, in a process of its own: for what only a real process shows (its banner, its
// signals, its handling of unhandled rejections).
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface MainProcess {
  child: ChildProcessWithoutNullStreams;
  /** The gateway's endpoint, as the banner announces it. */
  url: string;
  /** Everything the process has printed so far, stdout and stderr together. */
  output: () => string;
}

const READY = /GraphQL gateway ready at (\S+)/;
/** The banner's last line: the all-locations token with the embedded emulator, the upstream line otherwise. */
const BANNER_END = /^(A token that reads every location: Bearer \S+|Upstream: (?!embedded ).*)\n/m;

/**
 * Runs src/main.ts with `env` over this process's environment, on an ephemeral loopback port unless `env` names
 * another, and resolves once the whole banner is printed. Rejects when the process exits first, or prints no banner
 * within `timeoutMs` (it is then killed).
 */
export function startMain(env: Record<string, string>, timeoutMs = 30_000): Promise<MainProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`src/main.ts printed no banner within ${timeoutMs} ms: ${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = READY.exec(output)?.[1];
      if (url !== undefined && BANNER_END.test(output)) {
        clearTimeout(timer);
        resolve({ child, url, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`src/main.ts exited (${String(code ?? signal)}) before its banner: ${output}`));
    });
  });
}
