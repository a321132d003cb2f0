// What a REST request is answered with: its route's body, or an error in HighLevel's shape; a malformed fault then
// cuts the body short. Bodies are text so the list route's pre-serialized JSON goes out untouched.
import type { Admission, Admitted } from './admission.js';
import type { Arrival } from './arrival.js';
import { errorBody, HttpError } from './http-errors.js';
import { JsonText } from './routes/route.js';
import type { EmulatorStore } from './store.js';

/** Every emulator response, errors included, is JSON as HighLevel's are. */
export const JSON_TYPE = 'application/json; charset=utf-8';

export interface Outcome {
  status: number;
  text: string;
  headers: Record<string, string>;
}

export function answer(admission: Admission, arrival: Arrival, store: EmulatorStore): Outcome {
  const outcome = admission.failure ? errorOutcome(admission.failure) : routeOutcome(admission, arrival, store);
  return admission.fault.outcome?.kind === 'malformed' ? truncated(outcome) : outcome;
}

function routeOutcome({ route, grant }: Admitted, arrival: Arrival, store: EmulatorStore): Outcome {
  try {
    const body = route.handle({ params: arrival.params, query: arrival.query, grant, store });
    return { status: 200, text: body instanceof JsonText ? body.text : JSON.stringify(body), headers: {} };
  } catch (error) {
    return errorOutcome(error);
  }
}

/** An HttpError as thrown; anything else is a bug in a route, answered as HighLevel's 500. */
function errorOutcome(error: unknown): Outcome {
  const httpError = error instanceof HttpError ? error : new HttpError(500, errorBody(500));
  return { status: httpError.statusCode, text: JSON.stringify(httpError.body), headers: httpError.headers };
}

/** A response cut off mid-body: 200, JSON content type, unparseable. */
function truncated(outcome: Outcome): Outcome {
  return { status: 200, text: outcome.text.slice(0, Math.max(1, Math.floor(outcome.text.length / 2))), headers: {} };
}
