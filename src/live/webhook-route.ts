// POST /webhooks/highlevel, where a HighLevel marketplace app's webhooks arrive. The body is kept as raw bytes (the
// signatures are over them, not over JSON re-serialized), by a content-type parser of this route's own, and bounded:
// a larger body is refused (413) before it is read through.
import type { FastifyInstance } from 'fastify';

import type { WebhookReceiver } from './webhook-receiver.js';

export const WEBHOOK_PATH = '/webhooks/highlevel';

const EMPTY = Buffer.alloc(0);

export async function registerWebhookRoute(
  app: FastifyInstance,
  receiver: WebhookReceiver,
  maxBodyBytes: number,
): Promise<void> {
  // An encapsulated context: its parsers apply to this route alone, the gateway's JSON parser to the rest.
  await app.register((scope, _options, done) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxBodyBytes }, (_request, body, parsed) => {
      parsed(null, body);
    });
    scope.post(WEBHOOK_PATH, { bodyLimit: maxBodyBytes }, async (request, reply) => {
      const raw = Buffer.isBuffer(request.body) ? request.body : EMPTY;
      const answer = await receiver.receive(raw, request.headers);
      return reply.status(answer.status).header('cache-control', 'no-store').send(answer.body);
    });
    done();
  });
}
