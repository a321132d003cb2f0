// Who is calling, and with which HighLevel credential. Pass-through mode (default): the caller's own HighLevel token
// is forwarded and HighLevel decides what it may read. Service-token mode (a backend-for-frontend): the gateway holds
// one HighLevel token, so it must authenticate callers itself: a JWT, verified with jose, whose claim lists the
// locations the caller may read.
import { createRemoteJWKSet, type JWTPayload, jwtVerify, type JWTVerifyGetKey } from 'jose';

import type { Caller } from './caller.js';
import { gatewayError } from './errors.js';

export type AuthOptions =
  | { mode: 'passthrough' }
  | {
      mode: 'service';
      /** The HighLevel token every upstream request is sent with. */
      serviceToken: string;
      /** HS256 shared secret, or a JWKS URL for asymmetric keys; exactly one. */
      jwtSecret?: string;
      jwksUrl?: string;
      issuer: string;
      audience: string;
      /** The claim that lists readable location ids (an array, or a space- or comma-separated string). */
      locationsClaim: string;
    };

export type Authenticate = (authorization: string | undefined) => Promise<Caller>;

/** Reads `Authorization: Bearer <token>`; anything else counts as none. */
function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}

export function createAuthenticator(options: AuthOptions): Authenticate {
  if (options.mode === 'passthrough') {
    return (authorization) => {
      const token = bearerToken(authorization);
      return Promise.resolve({
        token,
        readableLocations: null,
        ...(token === null
          ? {
              refusal: gatewayError(
                'UNAUTHENTICATED',
                'Send a HighLevel access token as `Authorization: Bearer <token>`.',
              ),
            }
          : {}),
      });
    };
  }
  const claims = { issuer: options.issuer, audience: options.audience };
  // Keys are fetched from the JWKS URL when first needed, then cached and refreshed by jose.
  const jwks: JWTVerifyGetKey | null = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : null;
  const secret = new TextEncoder().encode(options.jwtSecret ?? '');
  const verify = (jwt: string): Promise<{ payload: JWTPayload }> =>
    jwks
      ? jwtVerify(jwt, jwks, { ...claims, algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'] })
      : jwtVerify(jwt, secret, { ...claims, algorithms: ['HS256'] });
  return async (authorization) => {
    const jwt = bearerToken(authorization);
    const refused = (message: string): Caller => ({
      token: null,
      readableLocations: new Set(),
      refusal: gatewayError('UNAUTHENTICATED', message),
    });
    if (jwt === null) return refused('Send your gateway JWT as `Authorization: Bearer <jwt>`.');
    let payload: JWTPayload;
    try {
      ({ payload } = await verify(jwt));
    } catch {
      return refused('The JWT is not valid: check its signature, issuer, audience and expiry.');
    }
    const locations = readLocations(payload[options.locationsClaim]);
    if (locations === null)
      return refused(`The JWT must list the locations you may read in its "${options.locationsClaim}" claim.`);
    return {
      token: options.serviceToken,
      readableLocations: locations,
      ...(typeof payload.exp === 'number' ? { expiresAt: payload.exp * 1000 } : {}),
    };
  };
}

/** The claim as a set of location ids: a list of strings, or a space- or comma-separated string; else null. */
function readLocations(claim: unknown): ReadonlySet<string> | null {
  if (Array.isArray(claim) && claim.every((item) => typeof item === 'string')) return new Set(claim);
  if (typeof claim === 'string') return new Set(claim.split(/[\s,]+/).filter((item) => item.length > 0));
  return null;
}
