// GET /workflows/?locationId= (API version 2021-07-28): HighLevel has no get-by-id, so a location's list is read.
import { isRecord } from '../guards.js';
import type { WorkflowDto } from './dto.js';
import type { UpstreamHttp } from './http.js';
import type { UpstreamScope } from './scope.js';
import { expectShape } from './shape.js';

export async function listWorkflows(
  http: UpstreamHttp,
  scope: UpstreamScope,
  locationId: string,
): Promise<WorkflowDto[]> {
  const body = await http.getJson('workflows', {
    scope,
    route: 'workflows.list',
    locationId,
    path: 'workflows/',
    searchParams: { locationId },
    resource: 'workflows',
  });
  return expectShape(body, isWorkflowsResponse, 'workflows').workflows ?? [];
}

function isWorkflowsResponse(body: unknown): body is { workflows?: WorkflowDto[] } {
  return (
    isRecord(body) &&
    (body['workflows'] === undefined || (Array.isArray(body['workflows']) && body['workflows'].every(isRecord)))
  );
}
