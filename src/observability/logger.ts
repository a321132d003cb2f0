// Structured JSON logs (pino) to stdout. Secrets fail closed: known credential fields are redacted by path, and every
// line is scrubbed of anything shaped like a bearer credential or a JWT before it is written, wherever it appears
// (a message, an error's stack, a nested value).
import { type DestinationStream, type LevelWithSilent, type Logger, pino } from 'pino';

export type { Logger } from 'pino';
export type LogLevel = LevelWithSilent;
export const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface LoggerOptions {
  /** Default `info`; `silent` writes nothing. */
  level?: LogLevel;
  /** One human-readable line per entry instead of JSON (local development). */
  pretty?: boolean;
  /** Where lines go. Default: stdout. */
  destination?: DestinationStream;
}

const REDACTED = '[Redacted]';

/** Fields that hold credentials wherever a log call puts them. */
const REDACT_PATHS = [
  'authorization',
  'token',
  'jwt',
  'cookie',
  '*.authorization',
  '*.token',
  '*.jwt',
  '*.cookie',
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
];

/** RFC 6750's b64token after an auth scheme (`Bearer`, and `Basic` for good measure). */
const SCHEME_CREDENTIAL = /\b(Bearer|Basic)(\s+|%20)[A-Za-z0-9\-._~+/]+=*/gi;
/** A JWT (header.payload.signature, base64url, header starting with `{"`). */
const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;

/**
 * Removes credentials from a text: anything after `Bearer `/`Basic `, JWTs, and each of `secrets` (e.g. the token of
 * the request being logged) verbatim.
 */
export function scrubSecrets(text: string, secrets: readonly string[] = []): string {
  let scrubbed = text.replace(SCHEME_CREDENTIAL, `$1 ${REDACTED}`).replace(JWT, REDACTED);
  for (const secret of secrets) {
    // Short strings would redact innocent text and protect nothing.
    if (secret.length >= 8) scrubbed = scrubbed.replaceAll(secret, REDACTED);
  }
  return scrubbed;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? 'info';
  // A silent logger (every test gateway's default) needs no stdout stream of its own.
  const destination =
    options.destination ??
    (level === 'silent' ? { write: () => undefined } : pino.destination({ dest: 1, sync: false }));
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      timestamp: pino.stdTimeFunctions.isoTime,
      hooks: { streamWrite: (line) => scrubSecrets(line) },
    },
    options.pretty ? prettyStream(destination) : destination,
  );
}

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
const OMITTED_IN_PRETTY = new Set(['level', 'time', 'msg', 'pid', 'hostname']);

/** `12:00:00.123 INFO  graphql operation requestId=… outcome=ok …`: the JSON line, already scrubbed, reformatted. */
function prettyStream(destination: DestinationStream): DestinationStream {
  return {
    write(line: string) {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        destination.write(line);
        return;
      }
      const time = typeof entry['time'] === 'string' ? entry['time'].slice(11, 23) : '';
      const level = (LEVEL_NAMES[Number(entry['level'])] ?? 'LOG').padEnd(5);
      const fields = Object.entries(entry)
        .filter(([key]) => !OMITTED_IN_PRETTY.has(key))
        .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
      const message = typeof entry['msg'] === 'string' ? entry['msg'] : '';
      destination.write(`${[time, level, message, ...fields].filter((part) => part !== '').join(' ')}\n`);
    },
  };
}
