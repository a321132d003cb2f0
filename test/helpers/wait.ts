// Waiting for what a test is really waiting for, instead of for a fixed time.
import { setTimeout as sleep } from 'node:timers/promises';

import { expect } from 'vitest';

/**
 * Resolves once `condition` holds, checking it every few milliseconds; fails the test when it still does not after
 * `timeoutMs`. The deadline runs on performance.now(), which a test that fakes Date does not stop.
 */
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) {
      expect(await condition(), `condition not met within ${timeoutMs} ms`).toBe(true);
      return;
    }
    await sleep(5);
  }
}
