// GET /conversations/messages/{id} (API version 2021-04-15).
import { isRecord } from '../guards.js';
import type { MessageDto } from './dto.js';
import { pathSegment, type UpstreamHttp } from './http.js';
import type { UpstreamScope } from './scope.js';
import { expectShape } from './shape.js';

export async function getMessage(
  http: UpstreamHttp,
  scope: UpstreamScope,
  messageId: string,
  /** The location the reference came from, when known: it keys the rate limiter. */
  locationId?: string,
): Promise<MessageDto> {
  const body = await http.getJson('conversations', {
    scope,
    route: 'messages.get',
    ...(locationId === undefined ? {} : { locationId }),
    path: `conversations/messages/${pathSegment(messageId)}`,
    resource: 'message',
  });
  return expectShape(body, isMessage, 'message');
}

function isMessage(body: unknown): body is MessageDto {
  return isRecord(body) && typeof body['id'] === 'string';
}
