// Access tokens the emulator accepts: one per location (reads only that location) and one agency-style token
// (reads every location). The strings are fixed so docs, curl examples and tests can name them. More location tokens
// can be minted, as HighLevel issues one per app install and user: benches and tests use them as many tenants.
import { createHash, randomBytes } from 'node:crypto';

export interface TokenGrant {
  token: string;
  /** Location ids the token may read; `all` for the agency token. */
  locations: ReadonlySet<string> | 'all';
}

export interface EmulatorTokens {
  agency: string;
  /** locationId -> token */
  byLocation: Record<string, string>;
}

export const AGENCY_TOKEN = 'emu-agency-5c2e9a7f1b3d4e60';
/** Minted tokens kept; past it, minting is refused (the emulator bounds what its callers can grow too). */
const MAX_MINTED_TOKENS = 100_000;

/** The token for the n-th location (1-based), e.g. `emu-loc1-…`. */
function locationToken(position: number, locationId: string): string {
  return `emu-loc${position}-${createHash('sha256').update(`location:${locationId}`).digest('hex').slice(0, 16)}`;
}

export class TokenRegistry {
  private readonly grants = new Map<string, TokenGrant>();
  private minted = 0;
  readonly tokens: EmulatorTokens;

  constructor(locationIds: readonly string[]) {
    const byLocation: Record<string, string> = {};
    locationIds.forEach((locationId, index) => {
      const token = locationToken(index + 1, locationId);
      byLocation[locationId] = token;
      this.grants.set(token, { token, locations: new Set([locationId]) });
    });
    this.grants.set(AGENCY_TOKEN, { token: AGENCY_TOKEN, locations: 'all' });
    this.tokens = Object.freeze({ agency: AGENCY_TOKEN, byLocation: Object.freeze(byLocation) });
  }

  /**
   * A new token that reads `locationId` only, or undefined for an unknown location or when MAX_MINTED_TOKENS are
   * already minted.
   */
  mint(locationId: string): string | undefined {
    const position = Object.keys(this.tokens.byLocation).indexOf(locationId);
    if (position < 0 || this.minted >= MAX_MINTED_TOKENS) return undefined;
    this.minted++;
    const token = `emu-loc${String(position + 1)}-${randomBytes(12).toString('hex')}`;
    this.grants.set(token, { token, locations: new Set([locationId]) });
    return token;
  }

  /**
   * Withdraws a token, as HighLevel does when an app is uninstalled or a user loses access: from now on every request
   * with it is answered 401. False when the token was not known.
   */
  revoke(token: string): boolean {
    return this.grants.delete(token);
  }

  /** The grant for an `Authorization` header value, or undefined when it is missing, malformed or unknown. */
  fromAuthorization(header: string | undefined): TokenGrant | undefined {
    const token = bearerToken(header);
    return token === undefined ? undefined : this.grants.get(token);
  }
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

export function canRead(grant: TokenGrant, locationId: string): boolean {
  return grant.locations === 'all' || grant.locations.has(locationId);
}

/** What the request log keeps instead of a token: the first 12 hex chars of its SHA-256. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 12);
}
