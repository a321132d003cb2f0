import { createPublicKey } from 'node:crypto';

// Typed values read from an environment map. Each bad value adds one message naming the variable, what it must be
// and what it was, and reads as its fallback, so one start reports every problem at once (src/config.ts).

type Env = Readonly<Record<string, string | undefined>>;

export class EnvReader {
  readonly problems: string[] = [];

  constructor(private readonly env: Env) {}

  /** The raw value, or undefined when unset or empty. */
  raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value === '' ? undefined : value;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.raw(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (Number.isInteger(value) && value >= min && value <= max) return value;
    return this.problem(`${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}.`, fallback);
  }

  onOff(name: string, fallback: boolean): boolean {
    const raw = this.raw(name);
    if (raw === undefined) return fallback;
    if (raw === 'on' || raw === 'off') return raw === 'on';
    return this.problem(`${name} must be "on" or "off", got ${JSON.stringify(raw)}.`, fallback);
  }

  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.raw(name);
    if (raw === undefined) return fallback;
    const found = allowed.find((value) => value === raw);
    return found ?? this.problem(`${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(raw)}.`, fallback);
  }

  /** An http(s) URL without its trailing slash, or null when unset. */
  httpUrl(name: string, example: string): string | null {
    const raw = this.raw(name);
    if (raw === undefined) return null;
    const parsed = URL.parse(raw);
    if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
      return parsed.toString().replace(/\/$/, '');
    }
    return this.problem(`${name} must be an http(s) URL such as ${example}, got ${JSON.stringify(raw)}.`, null);
  }

  /** A redis:// or rediss:// URL, or null when unset. The bad value is not echoed: it may hold a password. */
  redisUrl(name: string): string | null {
    const raw = this.raw(name);
    if (raw === undefined) return null;
    const protocol = URL.parse(raw)?.protocol;
    if (protocol === 'redis:' || protocol === 'rediss:') return raw;
    return this.problem(`${name} must be a redis:// or rediss:// URL, got a value that is not.`, null);
  }

  /** An instant written as an ISO 8601 date or date-time (`2025-11-01`, `2025-11-01T12:00:00Z`), or null when unset. */
  instant(name: string): Date | null {
    const raw = this.raw(name);
    if (raw === undefined) return null;
    const ms = /^\d{4}-\d{2}-\d{2}(T.+)?$/.test(raw) ? Date.parse(raw) : NaN;
    if (Number.isFinite(ms)) return new Date(ms);
    return this.problem(`${name} must be an ISO 8601 date such as 2025-11-01, got ${JSON.stringify(raw)}.`, null);
  }

  /** Parsed JSON, or undefined when unset or blank. */
  json(name: string): unknown {
    const raw = this.env[name];
    if (raw === undefined || raw.trim() === '') return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      this.problems.push(`${name} must be JSON, got ${JSON.stringify(raw)}.`);
      return undefined;
    }
  }

  /** A comma-separated list of browser origins (scheme, host, port). */
  origins(name: string): string[] {
    return (this.raw(name) ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0)
      .flatMap((origin) => {
        if (origin !== 'null' && URL.parse(origin)?.origin === origin) return [origin];
        return this.problem(
          `${name} must list origins like https://app.example.com (scheme, host, port; no path), got ${JSON.stringify(origin)}.`,
          [],
        );
      });
  }

  /**
   * A public key of `type` as SPKI PEM, or null when unset. An environment variable rarely holds newlines: `\n`
   * stands for one, and the base64 alone (without the BEGIN/END lines) is read as the PEM's body.
   */
  publicKey(name: string, type: 'ed25519' | 'rsa'): string | null {
    const raw = this.raw(name)?.replaceAll('\\n', '\n').trim();
    if (raw === undefined) return null;
    const pem = raw.startsWith('-----BEGIN') ? raw : `-----BEGIN PUBLIC KEY-----\n${raw}\n-----END PUBLIC KEY-----`;
    try {
      const key = createPublicKey(pem);
      if (key.asymmetricKeyType === type) return key.export({ type: 'spki', format: 'pem' }).toString();
    } catch {
      // reported below
    }
    return this.problem(`${name} must be an ${type === 'rsa' ? 'RSA' : 'Ed25519'} public key as SPKI PEM.`, null);
  }

  private problem<T>(message: string, fallback: T): T {
    this.problems.push(message);
    return fallback;
  }
}
