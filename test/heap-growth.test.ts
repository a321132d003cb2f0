// HEAP_GROWTH_PERCENT (src/heap-growth.ts) replaces V8's own choice only where V8 may choose more than it, and never
// one given on Node's command line. Each case runs in a Node process of its own: the flag is the process's.
import { execFileSync } from 'node:child_process';

import { describe, expect, it } from 'vitest';

const MODULE = new URL('../src/heap-growth.ts', import.meta.url).href;

/** What setHeapGrowingPercent(percent) returns in a fresh Node process started with `nodeOptions`. */
function setIn(nodeOptions: string[], percent: number): unknown {
  const script = `import(${JSON.stringify(MODULE)}).then((m) => console.log(JSON.stringify(m.setHeapGrowingPercent(${percent}))))`;
  const output = execFileSync(
    process.execPath,
    [...nodeOptions, '--import', 'tsx', '--input-type=module', '-e', script],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(output.trim());
}

describe('setHeapGrowingPercent', () => {
  it('sets the factor where the heap limit lets V8 grow up to 4×', () => {
    expect(setIn(['--max-old-space-size=4096'], 100)).toBe(100);
  });

  it('leaves V8 its own choice at 0, under a smaller heap limit, or when Node was given the flag', () => {
    expect(setIn([], 0)).toBeNull();
    expect(setIn(['--max-old-space-size=1024'], 100)).toBeNull();
    expect(setIn(['--heap-growing-percent=30'], 100)).toBeNull();
  });
});
