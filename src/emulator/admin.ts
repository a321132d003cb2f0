// Emulator-only endpoints under /__emulator/: request log, fault rules, latency, tokens, rate-limit reset, webhook
// keys and targets, and placing a call. They need no token, are not rate limited, not delayed and not recorded in the
// request log.
import type { FastifyInstance } from 'fastify';

import { FaultRuleError } from './faults.js';
import { errorBody } from './http-errors.js';
import type { EmulatorState } from './state.js';
import { WebhookTargetError } from './webhook-sender.js';

export const ADMIN_PREFIX = '/__emulator';

export function registerAdminRoutes(app: FastifyInstance, state: EmulatorState): void {
  const { requestLog, faults, latency, limiter, registry, store, webhooks } = state;

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

  app.post(`${ADMIN_PREFIX}/tokens/revoke`, (request, reply) => {
    const token = (request.body as { token?: unknown } | null)?.token;
    if (typeof token !== 'string' || !registry.revoke(token))
      return reply.code(400).send(errorBody(400, 'Send { "token": <a token the emulator knows> }.'));
    return reply.code(204).send();
  });

  app.delete(`${ADMIN_PREFIX}/rate-limit`, (_request, reply) => {
    limiter.reset();
    return reply.code(204).send();
  });

  const webhookSettings = () => ({
    publicKey: webhooks.signer.publicKey,
    rsaPublicKey: webhooks.signer.rsaPublicKey,
    targets: webhooks.sender.targets(),
  });
  app.get(`${ADMIN_PREFIX}/webhooks`, webhookSettings);
  app.put(`${ADMIN_PREFIX}/webhooks`, (request, reply) => {
    try {
      webhooks.sender.setTargets((request.body as { targets?: unknown } | null)?.targets);
    } catch (error) {
      if (error instanceof WebhookTargetError) return reply.code(400).send(errorBody(400, error.message));
      throw error;
    }
    return webhookSettings();
  });

  app.post(`${ADMIN_PREFIX}/calls`, async (request, reply) => {
    const locationId = (request.body as { locationId?: unknown } | null)?.locationId ?? store.locationIds[0];
    if (typeof locationId !== 'string' || !store.hasLocation(locationId))
      return reply.code(400).send(errorBody(400, 'Send {} or { "locationId": <a known location id> }.'));
    const { callLog, deliveries } = await webhooks.placeCall(locationId);
    return reply.code(201).send({ locationId, callLog, deliveries });
  });
}
