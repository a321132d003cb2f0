// Type guards for JSON whose shape is not known yet (HighLevel's bodies, raw parameters, representations).

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
