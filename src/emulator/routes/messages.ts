// GET /conversations/messages/:id (Version 2021-04-15): the message object itself (GetMessageResponseDto, not
// wrapped); the token must be able to read the message's location.
import { notFound } from '../http-errors.js';
import type { MessageRecord, MessageVersion } from '../types.js';
import { type EmulatorRoute, requireLocationAccess } from './route.js';

const VERSION: MessageVersion = '2021-04-15';

export const getMessage: EmulatorRoute = {
  id: 'messages.get',
  paths: ['/conversations/messages/:id'],
  version: VERSION,
  handle(request): MessageRecord {
    const messageId = request.params['id'] ?? '';
    const message = request.store.message(messageId);
    if (!message) throw notFound(`Message with id ${messageId} not found`);
    requireLocationAccess(request, message.locationId);
    return message;
  },
};
