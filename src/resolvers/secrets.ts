// A custom action's authentication value, credential-like headers and credentials inside URLs belong to a third
// party: the gateway shows that they exist, never what they are, in typed fields and raw parameters alike. It fails
// closed: anything under a credential-like name is masked whatever its type or depth.
import { isRecord } from '../guards.js';
import { jsonText } from './upstream-values.js';

const CREDENTIAL_WORDS = [
  'auth',
  'secret',
  'token',
  'cookie',
  'session',
  'credential',
  'password',
  'passwd',
  'signature',
  'apikey',
  'accesskey',
  'privatekey',
  'clientkey',
];
/** Names that contain a credential word but hold no secret. */
const SAFE_NAMES = new Set(['authenticationrequired']);
const MASK = '****';
const REVEALED_SUFFIX_MIN_LENGTH = 24;

/** Verdicts by name: the same few parameter names come back on every action of every call log. */
const verdicts = new Map<string, boolean>();
const MAX_REMEMBERED_NAMES = 1_000;

function isCredentialName(name: string): boolean {
  const known = verdicts.get(name);
  if (known !== undefined) return known;
  const normalized = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  const verdict = !SAFE_NAMES.has(normalized) && CREDENTIAL_WORDS.some((word) => normalized.includes(word));
  if (verdicts.size >= MAX_REMEMBERED_NAMES) verdicts.clear();
  verdicts.set(name, verdict);
  return verdict;
}

/** `****`, plus the last four characters of a long string, so that an operator can tell two keys apart. */
export function maskSecret(value: unknown): string {
  return typeof value === 'string' && value.length >= REVEALED_SUFFIX_MIN_LENGTH ? `${MASK}${value.slice(-4)}` : MASK;
}

/** A URL without its user info and with credential-like query parameters masked; anything unparsable as sent. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  let changed = false;
  if (parsed.username || parsed.password) {
    parsed.username = parsed.username && MASK;
    parsed.password = parsed.password && MASK;
    changed = true;
  }
  for (const name of new Set(parsed.searchParams.keys())) {
    if (isCredentialName(name)) {
      parsed.searchParams.set(name, MASK);
      changed = true;
    }
  }
  return changed ? parsed.toString() : url;
}

/** A copy of any JSON value with every secret masked; everything else is kept as sent. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (!isRecord(value)) return value;
  // A header as HighLevel lists it: `{ key: "Authorization", value: "…" }`.
  if (typeof value['key'] === 'string' && 'value' in value && isCredentialName(value['key'])) {
    return { ...value, value: maskSecret(value['value']) };
  }
  const redacted: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) {
    if (isCredentialName(name) && item !== null && typeof item !== 'boolean') redacted[name] = maskSecret(item);
    else if (name === 'url' && typeof item === 'string') redacted[name] = redactUrl(item);
    else redacted[name] = redactSecrets(item);
  }
  return redacted;
}

/** A custom action's headers, listed (`[{ key, value }]`) or mapped (`{ name: value }`), values masked where secret. */
export function headerPairs(headers: unknown): { key: string; value: string | null }[] {
  const entries: [string, unknown][] = Array.isArray(headers)
    ? headers.flatMap((header: unknown) =>
        isRecord(header) && typeof header['key'] === 'string'
          ? [[header['key'], header['value']] as [string, unknown]]
          : [],
      )
    : isRecord(headers)
      ? Object.entries(headers)
      : [];
  return entries.map(([key, value]) => ({
    key,
    value: isCredentialName(key) && value != null ? maskSecret(value) : asText(value),
  }));
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : jsonText(value);
}
