// The error vocabulary in src/errors.ts and the README's error table say the same.
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { ERROR_CODES, GATEWAY_ERROR_CODES } from '../src/errors.js';

/** The codes named in the first column of the README's "### Errors" table. */
function readmeErrorCodes(): Set<string> {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.split('### Errors')[1]?.split('\n## ')[0] ?? '';
  const firstColumns = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split('|')[1] ?? '');
  return new Set(firstColumns.flatMap((cell) => [...cell.matchAll(/`([A-Z_]+)`/g)].map((match) => match[1] ?? '')));
}

describe('error codes', () => {
  it('documents every code the gateway raises, and documents no code it cannot send', () => {
    const documented = readmeErrorCodes();
    expect([...documented].filter((code) => !ERROR_CODES.has(code))).toEqual([]);
    expect(Object.keys(GATEWAY_ERROR_CODES).filter((code) => !documented.has(code))).toEqual([]);
  });
});
