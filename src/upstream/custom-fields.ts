// GET /locations/{locationId}/customFields?model=contact (API version 2021-07-28): a location's contact fields,
// read as one list because data-extraction actions reference fields by id and there are few per location.
import { isRecord } from '../guards.js';
import type { CustomFieldDto } from './dto.js';
import { pathSegment, type UpstreamHttp } from './http.js';
import type { UpstreamScope } from './scope.js';
import { expectShape } from './shape.js';

export async function listContactFields(
  http: UpstreamHttp,
  scope: UpstreamScope,
  locationId: string,
): Promise<CustomFieldDto[]> {
  const body = await http.getJson('locations', {
    scope,
    route: 'customFields.list',
    locationId,
    path: `locations/${pathSegment(locationId)}/customFields`,
    searchParams: { model: 'contact' },
    resource: 'custom fields',
  });
  return expectShape(body, isCustomFieldsResponse, 'custom fields').customFields ?? [];
}

function isCustomFieldsResponse(body: unknown): body is { customFields?: CustomFieldDto[] } {
  const fields = isRecord(body) ? body['customFields'] : null;
  return isRecord(body) && (fields === undefined || (Array.isArray(fields) && fields.every(isRecord)));
}
