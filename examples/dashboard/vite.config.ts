// The reference dashboard's build: served by the gateway at /dashboard (src/dashboard.ts) from dist/dashboard.
// `npx vite examples/dashboard` serves it with hot reload, talking to a gateway on :4000 (`npm start`).
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const GATEWAY = 'http://localhost:4000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/dashboard/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/dashboard', import.meta.url)),
    emptyOutDir: true,
    // One budget for the whole app (test/dashboard-bundle.test.ts): ≤ 300 KB of JavaScript, gzipped.
    chunkSizeWarningLimit: 1024,
  },
  server: {
    proxy: {
      '/graphql': { target: GATEWAY, ws: true },
      '/dashboard/config.json': GATEWAY,
    },
  },
});
