// The fewest upstream requests each bench query can cost, read from the emulator's data: what every implementation
// must make from cold, and no more.
import type { QueryKey } from './report.js';

/**
 * The fewest upstream requests each query can cost, from the upstream data itself (read before the measurements):
 * the list pages, one request per distinct contact, live agent, message, calendar and knowledge base, and one
 * workflow list and one custom-field list per location when any action references them.
 */
export async function minimumUpstreamRequests(
  upstreamUrl: string,
  token: string,
  locationId: string,
  callLogId: string,
): Promise<Record<QueryKey, number>> {
  interface Log {
    contactId?: string;
    agentId?: string;
    isAgentDeleted?: boolean;
    messageId?: string;
    executedCallActions?: { actionType?: string; actionParameters?: Record<string, unknown> }[];
  }
  const read = async (path: string): Promise<unknown> => {
    const response = await fetch(`${upstreamUrl}${path}`, {
      headers: { authorization: `Bearer ${token}`, version: '2021-04-15' },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`emulator answered ${response.status} for ${path}`);
    return response.json();
  };
  const page = async (number: number) =>
    (
      (await read(`/voice-ai/dashboard/call-logs?locationId=${locationId}&page=${number}&pageSize=50`)) as {
        callLogs: Log[];
      }
    ).callLogs;
  const pages = await Promise.all([1, 2, 3, 4].map(page));
  const distinct = (values: (string | undefined)[]) =>
    new Set(values.filter((value) => value !== undefined && value !== '')).size;
  const parameterIds = (logs: Log[], types: string[], key: string) =>
    logs.flatMap((entry) =>
      (entry.executedCallActions ?? [])
        .filter((action) => types.includes(action.actionType ?? ''))
        .map((action) => {
          const value = action.actionParameters?.[key];
          return typeof value === 'string' ? value : undefined;
        }),
    );
  const liveAgents = (logs: Log[]) => logs.map((entry) => (entry.isAgentDeleted === true ? undefined : entry.agentId));
  const perLocation = (logs: Log[], types: string[], key: string) =>
    distinct(parameterIds(logs, types, key)) > 0 ? 1 : 0;
  const first50 = pages[0] ?? [];
  const first200 = pages.flat();
  const detail = [(await read(`/voice-ai/dashboard/call-logs/${callLogId}?locationId=${locationId}`)) as Log];
  return {
    dashboard:
      1 +
      distinct(first50.map((entry) => entry.contactId)) +
      distinct(liveAgents(first50)) +
      perLocation(first50, ['WORKFLOW_TRIGGER'], 'workflowId'),
    callLog:
      1 +
      distinct(detail.map((entry) => entry.contactId)) +
      distinct(liveAgents(detail)) +
      distinct(detail.map((entry) => entry.messageId)) +
      perLocation(detail, ['WORKFLOW_TRIGGER'], 'workflowId') +
      perLocation(detail, ['DATA_EXTRACTION', 'IN_CALL_DATA_EXTRACTION'], 'contactFieldId') +
      distinct(parameterIds(detail, ['APPOINTMENT_BOOKING'], 'calendarId')) +
      distinct(parameterIds(detail, ['KNOWLEDGE_BASE'], 'knowledgeBaseId')),
    callLogs200: 4 + distinct(first200.map((entry) => entry.contactId)),
  };
}
