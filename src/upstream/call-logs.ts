// GET /voice-ai/dashboard/call-logs and /voice-ai/dashboard/call-logs/{callId} (API version 2021-04-15).
import { isRecord } from '../guards.js';
import type { CallLogDto, CallLogsResponseDto } from './dto.js';
import { pathSegment, type UpstreamHttp } from './http.js';
import type { UpstreamScope } from './scope.js';
import { expectShape } from './shape.js';

/** HighLevel serves at most this many call logs per page. */
export const MAX_UPSTREAM_PAGE_SIZE = 50;

/** The query parameters of the list endpoint, named as HighLevel names them. */
export interface CallLogListParams {
  locationId: string;
  agentId?: string;
  /** Sent comma-separated. */
  contactId?: string[];
  callType?: 'LIVE' | 'TRIAL';
  /** Unix milliseconds; HighLevel wants both or neither. */
  startDate?: number;
  endDate?: number;
  /** Sent comma-separated. */
  actionType?: string[];
  sortBy?: 'createdAt' | 'duration';
  sort?: 'ascend' | 'descend';
  /** 1-based. */
  page: number;
  /** 1 to 50. */
  pageSize: number;
}

/** What selects and orders a list: everything but the page. */
export type CallLogListQuery = Omit<CallLogListParams, 'page' | 'pageSize'>;

export function listCallLogs(
  http: UpstreamHttp,
  scope: UpstreamScope,
  params: CallLogListParams,
): Promise<CallLogsResponseDto> {
  const { contactId, actionType, ...rest } = params;
  return http
    .getJson('voiceAi', {
      scope,
      route: 'callLogs.list',
      locationId: params.locationId,
      path: 'voice-ai/dashboard/call-logs',
      searchParams: { ...rest, contactId: joinList(contactId), actionType: joinList(actionType) },
      resource: 'call logs',
    })
    .then((body) => expectShape(body, isCallLogsResponse, 'call logs'));
}

export function getCallLog(
  http: UpstreamHttp,
  scope: UpstreamScope,
  locationId: string,
  callId: string,
): Promise<CallLogDto> {
  return http
    .getJson('voiceAi', {
      scope,
      route: 'callLogs.get',
      locationId,
      path: `voice-ai/dashboard/call-logs/${pathSegment(callId)}`,
      searchParams: { locationId },
      resource: 'call log',
    })
    .then((body) => expectShape(body, isCallLog, 'call log'));
}

function joinList(values: string[] | undefined): string | undefined {
  return values && values.length > 0 ? values.join(',') : undefined;
}

function isCallLogsResponse(body: unknown): body is CallLogsResponseDto {
  return (
    isRecord(body) &&
    typeof body['total'] === 'number' &&
    Array.isArray(body['callLogs']) &&
    body['callLogs'].every(isCallLog)
  );
}

function isCallLog(body: unknown): body is CallLogDto {
  return isRecord(body) && typeof body['id'] === 'string';
}
