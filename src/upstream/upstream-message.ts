// What of an upstream error body's `message` may reach the caller. HighLevel's validation messages ("locationId must
// be a string") tell the caller what to fix, so they pass on; but the field is free text, and HighLevel, or a proxy
// in front of it, may put anything there: an upstream URL with its query, a stack trace, the caller's own token. So a
// message passes only scrubbed and bounded, and one with nothing caller-facing left is dropped (the caller then gets
// the code's generic message, see errors.ts).

/** The longest message passed on, ellipsis included. */
const MAX_UPSTREAM_MESSAGE_LENGTH = 300;
/** How much of one message is read at all: anything further would be cut off anyway. */
const READ_LENGTH = 4 * MAX_UPSTREAM_MESSAGE_LENGTH;
/** Credentials shorter than this are not searched for: redacting them would mangle ordinary words. */
const MIN_SECRET_LENGTH = 8;

const URL_PLACEHOLDER = '[url]';
const REDACTED = '[redacted]';

/** A line of a stack trace, or a file position in one: a crash dump, not a message for the caller. */
const STACK_FRAME = /^\s*at\s+\S|\(\S+:\d+:\d+\)|\bnode:internal\//m;

/** Replacements in order; each leaves a placeholder so the caller still reads what kind of thing was there. */
const SCRUBS: readonly [RegExp, string][] = [
  // URLs with a scheme, then a host with a path or port, an IPv4 address, localhost.
  [/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*/gi, URL_PLACEHOLDER],
  [/\b(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d{1,5})?\/[^\s"'<>]*/gi, URL_PLACEHOLDER],
  [/\b(?:[a-z0-9-]+\.)+[a-z]{2,}:\d{1,5}\b/gi, URL_PLACEHOLDER],
  [/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b/g, URL_PLACEHOLDER],
  [/\blocalhost(?::\d{1,5})?\b/gi, URL_PLACEHOLDER],
  // Credentials: a named one (token=…, api_key: …, authorization: Bearer …), an HTTP auth scheme's value, a JWT.
  [
    /\b(access[_-]?token|refresh[_-]?token|id[_-]?token|token|api[_-]?key|apikey|client[_-]?secret|secret|password|passwd|signature|sig|authorization)(\s*[=:]\s*)(?:(?:bearer|basic)\s+)?[^\s&;,]+/gi,
    `$1$2${REDACTED}`,
  ],
  [/\b(bearer|basic)\s+(?!\[redacted\])\S+/gi, `$1 ${REDACTED}`],
  [/\beyJ[\w-]*\.[\w-]+(?:\.[\w-]*)?/g, REDACTED],
  [/\b[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,}\b/g, REDACTED],
];
/** A long run of hex, base64 or base64url with both letters and digits: a key, a token, a signature. */
const LONG_RUN = /[A-Za-z0-9+/_=-]{32,}/g;

/**
 * The caller-facing text of an upstream error body's `message` (a string, or a list of strings for HighLevel's 422),
 * scrubbed of URLs, credentials (`secrets`, e.g. the caller's token, and anything that looks like one) and stack
 * traces, whitespace collapsed, at most MAX_UPSTREAM_MESSAGE_LENGTH characters; undefined when nothing caller-facing
 * is left.
 */
export function callerFacingMessage(
  message: unknown,
  secrets: readonly (string | null | undefined)[],
): string | undefined {
  const parts = typeof message === 'string' ? [message] : Array.isArray(message) ? message : [];
  const kept = parts
    .filter((part): part is string => typeof part === 'string')
    .map((part) => scrub(part, secrets))
    .filter((part): part is string => part !== undefined);
  return kept.length > 0 ? bounded(kept.join('; ')) : undefined;
}

function scrub(raw: string, secrets: readonly (string | null | undefined)[]): string | undefined {
  if (STACK_FRAME.test(raw)) return undefined;
  let text = raw.slice(0, READ_LENGTH);
  for (const secret of secrets) {
    if (!secret || secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) text = text.split(form).join(REDACTED);
  }
  for (const [pattern, replacement] of SCRUBS) text = text.replace(pattern, replacement);
  text = text.replace(LONG_RUN, (run) => (/[A-Za-z]/.test(run) && /\d/.test(run) ? REDACTED : run));
  text = text.replace(/\s+/g, ' ').trim();
  // Placeholders, auth schemes and punctuation alone tell the caller nothing.
  const words = text.replace(/\[(?:url|redacted)\]|\b(?:bearer|basic)\b/gi, ' ');
  return /[a-z]{2}/i.test(words) ? text : undefined;
}

function bounded(text: string): string {
  return text.length <= MAX_UPSTREAM_MESSAGE_LENGTH ? text : `${text.slice(0, MAX_UPSTREAM_MESSAGE_LENGTH - 1)}…`;
}
