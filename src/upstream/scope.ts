// What one GraphQL operation may spend upstream: whose credential, which locations, how many requests, until when.
// Created per operation (src/context.ts); every upstream request checks it before it leaves.
import { createHash } from 'node:crypto';
import { setMaxListeners } from 'node:events';

import type { GraphQLError } from 'graphql';

import type { Caller } from '../caller.js';
import { gatewayError } from '../errors.js';

/** A credential's stand-in wherever one must be named (limiter keys, logs, cache keys): never the token itself. */
function credentialHash(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 16);
}

export interface ScopeLimits {
  /** Upstream requests one operation may make, retries included. */
  maxRequests: number;
  /** How long one operation may wait on HighLevel in all (queueing, retries, responses), in milliseconds. */
  deadlineMs: number;
}

export class UpstreamScope {
  /** A hash of the credential: what limiter keys, logs and cache keys use instead of the token. */
  readonly credentialKey: string;
  /**
   * Who may share this operation's cached responses: the credential and the locations it may read (service-token
   * callers share one credential but not their locations). Null when there is no credential: nothing is cached.
   */
  readonly sessionKey: string | null;
  /** Epoch milliseconds after which no upstream request starts and running ones are aborted. */
  readonly deadline: number;
  readonly signal: AbortSignal;
  private requests = 0;

  /** The HighLevel credential requests are sent with; null when the caller may not reach HighLevel. */
  readonly token: string | null;
  /** Locations the caller may read; null when HighLevel itself decides (pass-through tokens). */
  readonly readableLocations: ReadonlySet<string> | null;
  /** Why the caller may not reach HighLevel, thrown at the first request instead of sending it. */
  readonly refusal: GraphQLError | undefined;
  /** When the caller's credential expires, epoch ms (a JWT's `exp`); undefined when it does not say. */
  readonly expiresAt: number | undefined;

  constructor(
    /** Who the operation runs as (a subscription's events run as its caller). */
    readonly caller: Caller,
    private readonly limits: ScopeLimits,
  ) {
    this.token = caller.token;
    this.readableLocations = caller.readableLocations;
    this.refusal = caller.refusal;
    this.expiresAt = caller.expiresAt;
    this.credentialKey = this.token === null ? 'anonymous' : credentialHash(this.token);
    const locations = this.readableLocations === null ? '*' : [...this.readableLocations].sort().join(',');
    this.sessionKey = this.token === null ? null : credentialHash(`${this.credentialKey}|${locations}`);
    this.deadline = Date.now() + limits.deadlineMs;
    this.signal = AbortSignal.timeout(limits.deadlineMs);
    // One listener per upstream request waiting for a slot; the request cap bounds them (Node warns past 10).
    setMaxListeners(limits.maxRequests + 1, this.signal);
  }

  /** Refuses a location the caller asked for but may not read, before any upstream request. */
  assertReadable(locationId: string | undefined): void {
    if (this.readableLocations === null || locationId === undefined) return;
    if (!this.readableLocations.has(locationId)) {
      throw gatewayError('FORBIDDEN', `You may not read location ${locationId}.`);
    }
  }

  /**
   * Refuses a record read by id (its location known only from HighLevel's answer) unless it is shown to be in a
   * location the caller may read: a record without a location is refused too, and the refusal names neither the
   * record's location nor anything else of it, so that ids cannot be used to learn where another tenant lives.
   */
  assertRecordReadable(resource: string, locationId: string | undefined): void {
    if (this.readableLocations === null) return;
    if (locationId === undefined || !this.readableLocations.has(locationId)) {
      throw gatewayError('FORBIDDEN', `You may not read this ${resource}.`);
    }
  }

  /** Counts one upstream attempt; past the cap the reference that needed it gets REQUEST_LIMIT_EXCEEDED. */
  spendRequest(): void {
    this.requests += 1;
    if (this.requests > this.limits.maxRequests) {
      throw gatewayError(
        'REQUEST_LIMIT_EXCEEDED',
        `This operation reached its limit of ${this.limits.maxRequests} upstream requests; ask for fewer references.`,
      );
    }
  }

  get requestCount(): number {
    return this.requests;
  }
}
