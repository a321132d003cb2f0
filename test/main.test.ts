// `npm start`'s entry point as a real process: the embedded emulator by default, the configured upstream otherwise.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Emulator } from '../src/emulator/server.js';
import { sendOperation } from './helpers/graphql.js';
import { type MainProcess, startMain } from './helpers/main-process.js';
import { startTestEmulator } from './helpers/stack.js';
import { until } from './helpers/wait.js';

async function stopMain({ child }: MainProcess): Promise<number | null> {
  child.kill('SIGTERM');
  const [code] = (await once(child, 'exit')) as [number | null];
  return code;
}

async function query(url: string, token: string, document: string): Promise<unknown> {
  return (await sendOperation(url, document, undefined, { token })).body;
}

describe('main', () => {
  it('starts the embedded emulator when HIGHLEVEL_API_URL is unset and prints how to use it', async () => {
    const started = await startMain({ HIGHLEVEL_API_URL: '' });
    try {
      expect(started.output()).toMatch(/embedded HighLevel emulator at http:\/\/127\.0\.0\.1:\d+/);
      const token = /"Authorization": "Bearer (\S+)"/.exec(started.output())?.[1] ?? '';
      expect(token).toMatch(/^emu-loc1-/);
      const result = await query(
        started.url,
        token,
        '{ callLog(locationId: "LOC123456789ABCDEF", id: "507f1f77bcf86cd799439011") { duration } }',
      );
      expect(result).toEqual({ data: { callLog: { duration: 180 } } });
      // The dashboard's URL beside the GraphQL URL, and the page opens with the emulator's token.
      const dashboard = /Dashboard: (http:\/\/\S+\/dashboard)\n/.exec(started.output())?.[1] ?? '';
      expect(dashboard).toBe(new URL('/dashboard', started.url).toString());
      const config = await fetch(`${dashboard}/config.json`);
      expect(await config.json()).toEqual({ preset: { token, locationId: 'LOC123456789ABCDEF' } });
    } finally {
      expect(await stopMain(started)).toBe(0);
    }
  });

  it("wires the embedded emulator's webhooks to the gateway: calls it places arrive verified, with no setup", async () => {
    const started = await startMain({ HIGHLEVEL_API_URL: '', EMULATOR_CALL_INTERVAL_MS: '100', LOG_LEVEL: 'info' });
    try {
      await until(() => /"msg":"webhook: call log published"/.test(started.output()), 20_000);
      expect(started.output()).not.toMatch(/"msg":"webhook refused"/);
    } finally {
      expect(await stopMain(started)).toBe(0);
    }
  });

  describe('with HIGHLEVEL_API_URL', () => {
    let upstream: Emulator;
    beforeAll(async () => {
      upstream = await startTestEmulator({ rateLimit: { enforce: false } });
    });
    afterAll(() => upstream.stop());

    it('uses that upstream, forwarding the caller token, and starts no emulator', async () => {
      const started = await startMain({ HIGHLEVEL_API_URL: upstream.url });
      try {
        expect(started.output()).not.toMatch(/emulator/i);
        const token = upstream.tokens.agency;
        const result = await query(
          started.url,
          token,
          '{ callLogs(locationId: "LOC123456789ABCDEF", first: 1) { totalCount } }',
        );
        expect(result).toEqual({ data: { callLogs: { totalCount: 1200 } } });
        const [request] = upstream.requests.all();
        expect(request).toMatchObject({ route: 'callLogs.list', status: 200 });
        expect(upstream.requests.all()).toHaveLength(1);
        // Against an upstream of its own, the dashboard asks for a token: the gateway has none to give.
        const config = await fetch(new URL('/dashboard/config.json', started.url));
        expect(await config.json()).toEqual({ preset: null });
      } finally {
        expect(await stopMain(started)).toBe(0);
      }
    });
  });

  it('refuses to start on a bad setting, naming it', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, PORT: 'eighty', HIGHLEVEL_API_URL: 'not a url' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(stderr).toMatch(/PORT must be an integer/);
    expect(stderr).toMatch(/HIGHLEVEL_API_URL must be an http\(s\) URL/);
  });
});
