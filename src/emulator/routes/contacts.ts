// GET /contacts/:contactId (Version 2021-07-28): `{ contact }`. No locationId parameter: the token must be able to
// read the contact's location.
import { notFound } from '../http-errors.js';
import type { ContactResponse, ContactVersion } from '../types.js';
import { type EmulatorRoute, requireLocationAccess } from './route.js';

const VERSION: ContactVersion = '2021-07-28';

export const getContact: EmulatorRoute = {
  id: 'contacts.get',
  paths: ['/contacts/:contactId'],
  version: VERSION,
  handle(request): ContactResponse {
    const contactId = request.params['contactId'] ?? '';
    const contact = request.store.contact(contactId);
    if (!contact?.locationId) throw notFound(`Contact with id ${contactId} not found`);
    requireLocationAccess(request, contact.locationId);
    return { contact };
  },
};
