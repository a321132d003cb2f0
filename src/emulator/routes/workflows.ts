// GET /workflows/?locationId= (Version 2021-07-28): all of a location's workflows; HighLevel has no get-by-id.
import type { WorkflowsResponse, WorkflowsVersion } from '../types.js';
import { type EmulatorRoute, requiredQuery, requireLocationAccess } from './route.js';

const VERSION: WorkflowsVersion = '2021-07-28';

export const listWorkflows: EmulatorRoute = {
  id: 'workflows.list',
  paths: ['/workflows/', '/workflows'],
  version: VERSION,
  handle(request): WorkflowsResponse {
    const locationId = requiredQuery(request, 'locationId');
    requireLocationAccess(request, locationId);
    return { workflows: [...request.store.workflows(locationId)] };
  },
};
