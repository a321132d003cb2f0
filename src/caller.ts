// Who one operation runs as: decided by src/auth.ts, enforced by src/upstream/scope.ts.
import type { GraphQLError } from 'graphql';

export interface Caller {
  /** The HighLevel credential to send; null when the caller may not reach HighLevel. */
  token: string | null;
  /** Locations the caller may read; null when HighLevel itself decides (pass-through). */
  readableLocations: ReadonlySet<string> | null;
  /** Why the caller may not reach HighLevel, answered at the first field that needs it. */
  refusal?: GraphQLError;
  /**
   * When the caller's credential stops being valid, in epoch milliseconds: a JWT's `exp` (service-token mode). A
   * subscription ends then; an operation is too short-lived to care. Unset: the gateway does not know (HighLevel's
   * own tokens), and HighLevel's 401 says it.
   */
  expiresAt?: number;
}
