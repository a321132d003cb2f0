// The dashboard's built files (dist/dashboard): `npm run build` makes them and CI runs it before the tests; a checkout
// that has not been built yet is built here, once, so that a test file also runs alone.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import { dashboardDirectory } from '../../src/dashboard.js';
import { projectDirectory } from '../../src/schema.js';

export async function ensureDashboardBuilt(): Promise<string> {
  const directory = dashboardDirectory();
  if (!existsSync(path.join(directory, 'index.html'))) {
    await promisify(execFile)('npx', ['vite', 'build', 'examples/dashboard', '--logLevel', 'warn'], {
      cwd: projectDirectory(),
    });
  }
  return directory;
}
