// GET /voice-ai/dashboard/call-logs (list, filtered, sorted, 1-based pages of at most 50) and
// GET /voice-ai/dashboard/call-logs/:callId, both Version 2021-04-15 and scoped by the locationId query parameter.
import { notFound, unprocessable } from '../http-errors.js';
import type { CallLogQuery } from '../store.js';
import { ACTION_TYPES, type CallLogsResponse, type CallLogsVersion, type CallLogVersion } from '../types.js';
import { type EmulatorRoute, JsonText, requiredQuery, requireLocationAccess, type RouteRequest } from './route.js';

const LIST_VERSION: CallLogsVersion = '2021-04-15';
const GET_VERSION: CallLogVersion = '2021-04-15';
const MAX_PAGE_SIZE = 50;
const DEFAULT_PAGE_SIZE = 10;

export const listCallLogs: EmulatorRoute = {
  id: 'callLogs.list',
  paths: ['/voice-ai/dashboard/call-logs'],
  version: LIST_VERSION,
  handle(request) {
    const locationId = requiredQuery(request, 'locationId');
    requireLocationAccess(request, locationId);
    const query = parseListQuery(request);
    const page = request.store.queryCallLogs(locationId, query);
    const meta: Omit<CallLogsResponse, 'callLogs'> = { total: page.total, page: query.page, pageSize: query.pageSize };
    // Same bytes as JSON.stringify({ ...meta, callLogs }), from JSON cached per log.
    return new JsonText(`${JSON.stringify(meta).slice(0, -1)},"callLogs":[${page.json.join(',')}]}`);
  },
};

export const getCallLog: EmulatorRoute = {
  id: 'callLogs.get',
  paths: ['/voice-ai/dashboard/call-logs/:callId'],
  version: GET_VERSION,
  handle(request) {
    const locationId = requiredQuery(request, 'locationId');
    requireLocationAccess(request, locationId);
    const callId = request.params['callId'] ?? '';
    const json = request.store.callLogJson(locationId, callId);
    if (json === undefined) throw notFound(`Call log with id ${callId} not found`);
    return new JsonText(json);
  },
};

/** Validates like HighLevel's DTO (class-validator): every problem is reported in one 422. */
function parseListQuery({ query }: RouteRequest): CallLogQuery {
  const problems: string[] = [];
  const page = integer(query['page'], 'page', 1, Infinity, problems) ?? 1;
  const pageSize = integer(query['pageSize'], 'pageSize', 1, MAX_PAGE_SIZE, problems) ?? DEFAULT_PAGE_SIZE;
  const parsed: CallLogQuery = { page, pageSize, descending: true };

  if (query['agentId']) parsed.agentId = query['agentId'];
  const contactIds = list(query['contactId']);
  if (contactIds.length > 0) parsed.contactIds = new Set(contactIds);

  const callType = query['callType'];
  if (callType !== undefined) {
    if (callType === 'LIVE' || callType === 'TRIAL') parsed.trialCall = callType === 'TRIAL';
    else problems.push('callType must be one of the following values: LIVE, TRIAL');
  }

  const startDate = timestamp(query['startDate'], 'startDate', problems);
  const endDate = timestamp(query['endDate'], 'endDate', problems);
  if ((startDate === undefined) !== (endDate === undefined) && !problems.some((p) => p.includes('Date'))) {
    problems.push('startDate and endDate must be provided together');
  } else if (startDate !== undefined && endDate !== undefined) {
    if (startDate >= endDate) problems.push('startDate must be less than endDate');
    parsed.startMs = startDate;
    parsed.endMs = endDate;
  }

  const actionTypes = list(query['actionType']);
  if (actionTypes.length > 0) {
    if (actionTypes.every((type) => (ACTION_TYPES as readonly string[]).includes(type))) {
      parsed.actionTypes = new Set(actionTypes);
    } else {
      problems.push(`each value in actionType must be one of the following values: ${ACTION_TYPES.join(', ')}`);
    }
  }

  const sortBy = query['sortBy'];
  if (sortBy !== undefined) {
    if (sortBy === 'duration' || sortBy === 'createdAt') parsed.sortBy = sortBy;
    else problems.push('sortBy must be one of the following values: duration, createdAt');
  }
  const sort = query['sort'];
  if (sort !== undefined) {
    // Direction only applies with sortBy; without it the order stays newest first.
    if (sort === 'ascend' || sort === 'descend') parsed.descending = sort === 'descend';
    else problems.push('sort must be one of the following values: ascend, descend');
  }

  if (problems.length > 0) throw unprocessable(problems);
  return parsed;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function integer(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
  problems: string[],
): number | undefined {
  if (value === undefined) return undefined;
  const number = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(number)) problems.push(`${name} must be a number conforming to the specified constraints`);
  else if (!Number.isInteger(number)) problems.push(`${name} must be an integer number`);
  else if (number < min) problems.push(`${name} must not be less than ${min}`);
  else if (number > max) problems.push(`${name} must not be greater than ${max}`);
  else return number;
  return undefined;
}

function timestamp(value: string | undefined, name: string, problems: string[]): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isFinite(number)) {
    problems.push(`${name} must be a number conforming to the specified constraints`);
    return undefined;
  }
  return number;
}
