// A real redis-server (Debian's, installed by .ci/run) on a free loopback port, for the tests that share state.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

export interface RedisServer {
  url: string;
  /** Its port: a test that stops Redis starts another on the same port to bring it back. */
  port: number;
  /** The redis-server process: a test freezes it with SIGSTOP (and thaws it with SIGCONT) to play a hung Redis. */
  pid: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export async function startRedis({ port: wantedPort }: { port?: number } = {}): Promise<RedisServer> {
  const port = wantedPort ?? (await freePort());
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.once('error', (error) => {
    throw new Error(`redis-server could not start (apt-get install redis-server, as .ci/run does): ${error.message}`);
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      reject(new Error(`redis-server did not start: ${output}`));
    }, 5_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  if (child.pid === undefined) throw new Error('redis-server has no pid');
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGCONT'); // a frozen redis-server handles SIGTERM only once thawed
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
