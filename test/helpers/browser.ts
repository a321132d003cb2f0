// The browser proofs' shared pieces: Debian's headless Chromium, driven by playwright-core, and a static page server
// on another loopback origin than the gateway (so that every request of the page is cross-origin).
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const MISSING_CHROMIUM = `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does.`;
/** Generous: a cold Chromium on a busy CI machine. Waits end as soon as the page says it is done. */
export const PAGE_TIMEOUT_MS = 25_000;

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8' };

export interface PageServer {
  origin: string;
  server: Server;
}

/** Serves `files` (URL path → file) on 127.0.0.1 to GET; every other request is 404. */
export async function startPageServer(files: Readonly<Record<string, URL>>): Promise<PageServer> {
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://page').pathname];
    if (request.method !== 'GET' || file === undefined) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (content) => {
        const type = TYPES[file.pathname.split('.').pop() ?? ''] ?? 'text/plain';
        response.writeHead(200, { 'content-type': type }).end(content);
      },
      () => {
        response.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export function closeServer(server: Server | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!server) {
      resolve();
      return;
    }
    server.closeAllConnections();
    server.close(() => {
      resolve();
    });
  });
}

/** Headless Chromium without the sandbox (containers) and without any traffic of its own (updates, sync, QUIC). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
