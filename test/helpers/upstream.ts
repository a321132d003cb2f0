// Reads the emulator directly over HTTP, as HighLevel's own client would: the oracle tests compare the gateway with.
import type { Stack } from './stack.js';

export interface UpstreamCallLog {
  id: string;
  contactId?: string;
  agentId: string;
  isAgentDeleted: boolean;
  executedCallActions: { actionId?: string; actionType: string; actionParameters?: Record<string, unknown> }[];
}

export async function upstreamCallLogs(
  stack: Stack,
  params: Record<string, string | number>,
): Promise<{ total: number; callLogs: UpstreamCallLog[] }> {
  const url = new URL('/voice-ai/dashboard/call-logs', 'http://emulator');
  const query: Record<string, string | number> = { locationId: stack.locationId, ...params };
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
  return (await upstreamJson(stack, `${url.pathname}${url.search}`, '2021-04-15')) as {
    total: number;
    callLogs: UpstreamCallLog[];
  };
}

/** The first `count` call logs of the location in HighLevel's default order, read 50 at a time. */
export async function upstreamIds(
  stack: Stack,
  count: number,
  params: Record<string, string | number> = {},
): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ids.length < count; page++) {
    const { callLogs } = await upstreamCallLogs(stack, { ...params, page, pageSize: 50 });
    if (callLogs.length === 0) break;
    ids.push(...callLogs.map((log) => log.id));
  }
  return ids.slice(0, count);
}

/** Any emulator route, read with location 1's token and the given API version. */
export async function upstreamJson(stack: Stack, path: string, version: string): Promise<unknown> {
  const response = await fetch(new URL(path, stack.emulator.url), {
    headers: { authorization: `Bearer ${stack.token}`, version },
  });
  if (!response.ok) throw new Error(`emulator answered ${response.status} for ${path}`);
  return response.json();
}
