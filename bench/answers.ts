// Whether two implementations answer the same JSON: every implementation the bench compares must answer what the
// gateway answers, byte for byte once keys are sorted.

/** Key order is irrelevant, and a cursor carries the instant its list was read: compared without it. */
function normalize(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => normalize(item));
  if (typeof value === 'string' && (key === 'endCursor' || key === 'startCursor' || key === 'cursor')) {
    // `cl2:<fingerprint>:<offset>:<snapshot ms>`, base64url.
    return Buffer.from(value, 'base64url').toString('utf8').split(':').slice(0, -1).join(':');
  }
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([left], [right]) => (left < right ? -1 : 1));
  return Object.fromEntries(entries.map(([name, item]) => [name, normalize(item, name)]));
}

/** The path of the first difference between two answers (after normalizing), or undefined when they are the same. */
export function firstDifference(left: unknown, right: unknown, path: string, key = ''): string | undefined {
  if (JSON.stringify(normalize(left, key)) === JSON.stringify(normalize(right, key))) return undefined;
  if (left && right && typeof left === 'object' && typeof right === 'object') {
    for (const name of new Set([...Object.keys(left), ...Object.keys(right)])) {
      const found = firstDifference(
        (left as Record<string, unknown>)[name],
        (right as Record<string, unknown>)[name],
        `${path}.${name}`,
        name,
      );
      if (found !== undefined) return found;
    }
  }
  const show = (value: unknown) => (value === undefined ? 'undefined' : JSON.stringify(value).slice(0, 160));
  return `${path || '.'}: ${show(left)} vs ${show(right)}`;
}
