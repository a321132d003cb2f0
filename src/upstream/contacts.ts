// GET /contacts/{contactId} (API version 2021-07-28).
import { isRecord } from '../guards.js';
import type { ContactDto } from './dto.js';
import { pathSegment, type UpstreamHttp } from './http.js';
import type { UpstreamScope } from './scope.js';
import { expectShape } from './shape.js';

export async function getContact(
  http: UpstreamHttp,
  scope: UpstreamScope,
  contactId: string,
  /** The location the reference came from, when known: it keys the rate limiter. */
  locationId?: string,
): Promise<ContactDto> {
  const body = await http.getJson('contacts', {
    scope,
    route: 'contacts.get',
    ...(locationId === undefined ? {} : { locationId }),
    path: `contacts/${pathSegment(contactId)}`,
    resource: 'contact',
  });
  return expectShape(body, isContactResponse, 'contact').contact;
}

function isContactResponse(body: unknown): body is { contact: ContactDto } {
  return isRecord(body) && isRecord(body['contact']);
}
