// GET /locations/:locationId/customFields?model= (Version 2021-07-28): `{ customFields }`. Without `model` only
// contact fields are listed, as before HighLevel added opportunity fields to this endpoint.
import { unprocessable } from '../http-errors.js';
import type { CustomFieldModel } from '../store.js';
import type { CustomFieldsResponse, CustomFieldsVersion } from '../types.js';
import { type EmulatorRoute, requireLocationAccess } from './route.js';

const VERSION: CustomFieldsVersion = '2021-07-28';
const MODELS: readonly CustomFieldModel[] = ['contact', 'opportunity', 'all'];

export const listCustomFields: EmulatorRoute = {
  id: 'customFields.list',
  paths: ['/locations/:locationId/customFields'],
  version: VERSION,
  handle(request): CustomFieldsResponse {
    const locationId = request.params['locationId'] ?? '';
    requireLocationAccess(request, locationId);
    const model = request.query['model'] ?? 'contact';
    if (!(MODELS as readonly string[]).includes(model))
      throw unprocessable([`model must be one of the following values: ${MODELS.join(', ')}`]);
    return { customFields: [...request.store.customFields(locationId, model as CustomFieldModel)] };
  },
};
