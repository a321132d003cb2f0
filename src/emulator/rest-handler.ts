// HighLevel's REST routes on fastify. Each request is logged on arrival, checked as HighLevel checks it, delayed by
// the added latency and any latency fault, then answered; under a timeout fault it is held and never answered.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { admit } from './admission.js';
import { readArrival } from './arrival.js';
import type { Lifetime } from './lifetime.js';
import { answer, JSON_TYPE } from './outcome.js';
import { RequestRecorder } from './request-recorder.js';
import { ROUTES } from './routes/index.js';
import type { EmulatorRoute } from './routes/route.js';
import type { EmulatorState } from './state.js';

/** `route` is undefined for a path no route matches: HighLevel answers it 404, logged and delayed like the rest. */
export type RestHandler = (
  route: EmulatorRoute | undefined,
  request: FastifyRequest,
  reply: FastifyReply,
) => Promise<FastifyReply | undefined>;

export function createRestHandler(state: EmulatorState, lifetime: Lifetime): RestHandler {
  const recorder = new RequestRecorder(state.requestLog);
  return async (route, request, reply) => {
    const arrival = readArrival(request);
    const recorded = recorder.begin(route, arrival, reply.raw);
    const admission = admit(state, route, arrival);
    recorded.faulted(admission.fault);

    const delay = state.latency.ms + admission.fault.latencyMs;
    if (delay > 0 && !(await lifetime.delay(delay))) {
      lifetime.abandon(request, reply);
      return;
    }
    if (admission.fault.outcome?.kind === 'timeout') {
      lifetime.hold(request, reply);
      return;
    }

    const outcome = answer(admission, arrival, state.store);
    recorded.answered(outcome.status);
    return reply
      .code(outcome.status)
      .headers({ ...admission.rateHeaders, ...outcome.headers })
      .type(JSON_TYPE)
      .send(outcome.text);
  };
}

/** The route table: every path of every route. */
export function registerRestRoutes(app: FastifyInstance, serve: RestHandler): void {
  for (const route of ROUTES) {
    for (const path of route.paths) app.get(path, (request, reply) => serve(route, request, reply));
  }
}
