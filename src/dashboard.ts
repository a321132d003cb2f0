// The reference dashboard (examples/dashboard, built into dist/dashboard by `npm run build`) served at /dashboard when
// DASHBOARD is on. @fastify/static is loaded only then: a gateway with DASHBOARD=off loads no part of it. The page
// learns at /dashboard/config.json whether a credential is preset: only the embedded emulator's (main passes it),
// whose tokens read nothing but the emulator; against HighLevel the page asks the user and keeps what it is told in
// sessionStorage.
import { existsSync } from 'node:fs';
import path from 'node:path';

import type { FastifyInstance } from 'fastify';

import type { Logger } from './observability/logger.js';
import { projectDirectory } from './schema.js';

export const DASHBOARD_PATH = '/dashboard';

/** What the page is told; `preset` null: it asks for a token and a location. */
export interface DashboardPreset {
  token: string;
  locationId: string;
}

/**
 * The page talks to this gateway alone (its own origin): scripts, styles and connections from here only. Inline
 * style attributes are allowed: Chart.js sizes its canvas with them.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
  "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/** Where `npm run build` writes the app (vite.config.ts of examples/dashboard). */
export function dashboardDirectory(): string {
  return path.join(projectDirectory(), 'dist', 'dashboard');
}

export async function registerDashboard(
  app: FastifyInstance,
  { preset, logger }: { preset: DashboardPreset | null; logger: Logger },
): Promise<void> {
  const root = dashboardDirectory();
  app.get(DASHBOARD_PATH, (_request, reply) => reply.redirect(`${DASHBOARD_PATH}/`));
  app.get(`${DASHBOARD_PATH}/config.json`, (_request, reply) => {
    void reply.header('cache-control', 'no-store').send({ preset });
  });
  if (!existsSync(path.join(root, 'index.html'))) {
    logger.warn({ root }, 'the dashboard is not built (npm run build): /dashboard answers 503');
    app.get(`${DASHBOARD_PATH}/*`, (_request, reply) => {
      void reply.status(503).type('text/plain; charset=utf-8').send('The dashboard is not built: run `npm run build`.');
    });
    return;
  }
  const { default: fastifyStatic } = await import('@fastify/static');
  await app.register(fastifyStatic, {
    root,
    prefix: `${DASHBOARD_PATH}/`,
    index: 'index.html',
    setHeaders: (response, file) => {
      void response.header('content-security-policy', CONTENT_SECURITY_POLICY);
      void response.header('x-content-type-options', 'nosniff');
      // Vite names assets by content hash: they never change; index.html names the current ones.
      void response.header(
        'cache-control',
        file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
}
