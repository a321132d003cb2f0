// Type guards for JSON whose shape is not known yet (HighLevel's bodies, raw parameters, representations, variables).

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** HighLevel ids are short opaque tokens; anything else must not reach an upstream URL, whoever sent it. */
const HIGHLEVEL_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isHighLevelId(value: unknown): value is string {
  return typeof value === 'string' && HIGHLEVEL_ID.test(value);
}

/**
 * Whether a JSON value nests objects and arrays deeper than `limit` (a scalar is depth 0, `{}` and `[]` depth 1),
 * walked without recursion: the value may be far deeper than the stack allows a recursive walk to go.
 */
export function isNestedDeeper(value: unknown, limit: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    const depth = next.depth + 1;
    if (depth > limit) return true;
    for (const child of Object.values(next.value)) pending.push({ value: child, depth });
  }
  return false;
}
