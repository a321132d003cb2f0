// Emulator-only endpoints under /__emulator/: request log, fault rules, latency, tokens, rate-limit reset.
// They need no token, are not rate limited, not delayed and not recorded in the request log.
import type { FastifyInstance } from 'fastify';
import { errorBody } from './http-errors.js';
import { FaultRuleError, type FaultInjector } from './faults.js';
import type { RateLimiter } from './rate-limit.js';
import type { RequestLog } from './request-log.js';
import type { EmulatorTokens } from './tokens.js';

export const ADMIN_PREFIX = '/__emulator';

export interface AdminControls {
  requestLog: RequestLog;
  faults: FaultInjector;
  limiter: RateLimiter;
  tokens: EmulatorTokens;
  locations: readonly string[];
  latency(): number;
  setLatency(ms: number): void;
}

export function registerAdminRoutes(app: FastifyInstance, controls: AdminControls): void {
  const { requestLog, faults } = controls;

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

  app.get(`${ADMIN_PREFIX}/latency`, () => ({ ms: controls.latency() }));
  app.put(`${ADMIN_PREFIX}/latency`, (request, reply) => {
    const ms = (request.body as { ms?: unknown } | null)?.ms;
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
      return reply.code(400).send(errorBody(400, 'Send { "ms": <non-negative number> }.'));
    controls.setLatency(ms);
    return { ms };
  });

  app.get(`${ADMIN_PREFIX}/tokens`, () => ({ ...controls.tokens, locations: controls.locations }));

  app.delete(`${ADMIN_PREFIX}/rate-limit`, (_request, reply) => {
    controls.limiter.reset();
    return reply.code(204).send();
  });
}
