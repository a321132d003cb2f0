// HighLevel's checks before a route runs, in HighLevel's order: the route exists, the token is known, the rate
// limit has room, the Version header matches. Only a request that passes them all meets the injected faults, so
// fault rules with `times` count real route calls.
import type { Arrival } from './arrival.js';
import type { FaultDecision, FaultInjector, FaultOutcome } from './faults.js';
import { badVersion, errorBody, HttpError, notFound, tooManyRequests, unauthorized } from './http-errors.js';
import type { RateLimiter } from './rate-limit.js';
import type { EmulatorRoute } from './routes/route.js';
import type { TokenGrant, TokenRegistry } from './tokens.js';

export interface Gatekeepers {
  registry: TokenRegistry;
  limiter: RateLimiter;
  faults: FaultInjector;
}

interface Verdict {
  /** X-RateLimit-* for the response, whatever it is. */
  rateHeaders: Record<string, string>;
  /** Injected latency and outcome; none unless every check passed. */
  fault: FaultDecision;
}

/** The route runs (unless a timeout or malformed fault then changes its answer). */
export interface Admitted extends Verdict {
  failure?: undefined;
  route: EmulatorRoute;
  grant: TokenGrant;
}

/** The request gets an error instead: a failed check or an injected status. */
interface Refused extends Verdict {
  failure: HttpError;
}

export type Admission = Admitted | Refused;

export function admit(
  { registry, limiter, faults }: Gatekeepers,
  route: EmulatorRoute | undefined,
  arrival: Arrival,
): Admission {
  const grant = registry.fromAuthorization(arrival.authorization);
  const refuse = (failure: HttpError, rateHeaders = limiter.peek(grant?.token)): Refused => ({
    failure,
    rateHeaders,
    fault: { latencyMs: 0 },
  });
  if (!route) return refuse(notFound(`Cannot ${arrival.method} ${arrival.path}`));
  if (!grant) return refuse(unauthorized());

  const { allowed, headers: rateHeaders, retryAfterSeconds } = limiter.consume(grant.token);
  if (!allowed) return refuse(tooManyRequests(retryAfterSeconds), rateHeaders);
  if (arrival.version !== route.version) return refuse(badVersion(route.version), rateHeaders);

  const fault = faults.decide(route.id);
  if (fault.outcome?.kind === 'status') return { failure: injectedStatus(fault.outcome), rateHeaders, fault };
  return { route, grant, rateHeaders, fault };
}

function injectedStatus({ status, retryAfterSeconds }: Extract<FaultOutcome, { kind: 'status' }>): HttpError {
  const headers: Record<string, string> =
    retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) };
  return new HttpError(status, errorBody(status), headers);
}
