// Emulator-only endpoints under /__emulator/: request log, fault rules, latency, tokens, rate-limit reset.
// They need no token, are not rate limited, not delayed and not recorded in the request log.
import type { FastifyInstance } from 'fastify';

import { FaultRuleError } from './faults.js';
import { errorBody } from './http-errors.js';
import type { EmulatorState } from './state.js';

export const ADMIN_PREFIX = '/__emulator';

export function registerAdminRoutes(app: FastifyInstance, state: EmulatorState): void {
  const { requestLog, faults, latency, limiter, registry, store } = state;

  app.get(`${ADMIN_PREFIX}/requests`, () => requestLog.all());
  app.delete(`${ADMIN_PREFIX}/requests`, (_request, reply) => {
    requestLog.clear();
    return reply.code(204).send();
  });

  app.get(`${ADMIN_PREFIX}/faults`, () => faults.rules());
  app.put(`${ADMIN_PREFIX}/faults`, (request, reply) => {
    try {
      faults.set(request.body as never);
    } catch (error) {
      if (error instanceof FaultRuleError) return reply.code(400).send(errorBody(400, error.message));
      throw error;
    }
    return faults.rules();
  });
  app.delete(`${ADMIN_PREFIX}/faults`, (_request, reply) => {
    faults.clear();
    return reply.code(204).send();
  });

  app.get(`${ADMIN_PREFIX}/latency`, () => ({ ms: latency.ms }));
  app.put(`${ADMIN_PREFIX}/latency`, (request, reply) => {
    const ms = (request.body as { ms?: unknown } | null)?.ms;
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
      return reply.code(400).send(errorBody(400, 'Send { "ms": <non-negative number> }.'));
    latency.set(ms);
    return { ms };
  });

  app.get(`${ADMIN_PREFIX}/tokens`, () => ({ ...registry.tokens, locations: store.locationIds }));
  app.post(`${ADMIN_PREFIX}/tokens`, (request, reply) => {
    const locationId = (request.body as { locationId?: unknown } | null)?.locationId;
    const token = typeof locationId === 'string' ? registry.mint(locationId) : undefined;
    if (token === undefined)
      return reply
        .code(400)
        .send(errorBody(400, 'Send { "locationId": <a known location id> } (at most 100,000 tokens).'));
    return { token, locationId };
  });

  app.delete(`${ADMIN_PREFIX}/rate-limit`, (_request, reply) => {
    limiter.reset();
    return reply.code(204).send();
  });
}
