// Baseline (b), the naive gateway: the gateway's own schema and resolvers (so the answers are the same), served by
// Apollo Server's standalone node:http integration, but every reference field fetches its resource itself with got,
// as a quick hand-written server does: no DataLoader, no de-duplication within a query, no cache, no rate limiter,
// no upstream concurrency bound. A page of 50 logs reads one contact per log and one workflow list per workflow action.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import got, { HTTPError } from 'got';

import type { GatewayContext } from '../src/context.js';
import type { Loaders } from '../src/loaders.js';
import { buildGatewaySchema } from '../src/schema.js';
import type { CallLogListParams } from '../src/upstream/call-logs.js';
import type {
  AgentDto,
  CalendarDto,
  CallLogDto,
  CallLogsResponseDto,
  ContactDto,
  CustomFieldDto,
  KnowledgeBaseDto,
  MessageDto,
  WorkflowDto,
} from '../src/upstream/dto.js';

/** What the resolvers call on each loader: `load` (here a direct request) and `prime` (here nothing to prime). */
type NaiveLoaders = { [Name in keyof Loaders]: { load: Loaders[Name]['load']; prime(): void } };

interface NaiveContext {
  clients: { listCallLogs(params: CallLogListParams): Promise<CallLogsResponseDto> };
  loaders: NaiveLoaders;
}

export interface NaiveGateway {
  url: string;
  stop(): Promise<void>;
}

export async function startNaiveGateway(upstreamUrl: string): Promise<NaiveGateway> {
  // got's defaults (Node's global agent, which keeps connections alive), no retries.
  const upstream = got.extend({ prefixUrl: upstreamUrl, retry: { limit: 0 }, timeout: { request: 10_000 } });

  function createContext(authorization: string): NaiveContext {
    /** One request per call; a 404 is null (the resource is gone). */
    async function get<T>(
      path: string,
      version: string,
      searchParams?: Record<string, string | number>,
    ): Promise<T | null> {
      try {
        return await upstream
          .get(path, { headers: { authorization, version }, ...(searchParams ? { searchParams } : {}) })
          .json<T>();
      } catch (error) {
        if (error instanceof HTTPError && error.response.statusCode === 404) return null;
        throw error;
      }
    }
    async function listCallLogs(params: CallLogListParams): Promise<CallLogsResponseDto> {
      const { contactId, actionType, ...rest } = params;
      const searchParams: Record<string, string | number> = {};
      for (const [key, value] of Object.entries({
        ...rest,
        contactId: contactId?.join(','),
        actionType: actionType?.join(','),
      }))
        if (value !== undefined && value !== '') searchParams[key] = value;
      const body = await get<CallLogsResponseDto>('voice-ai/dashboard/call-logs', '2021-04-15', searchParams);
      if (!body) throw new Error('call logs not found');
      return body;
    }
    const byId = <T extends { id?: string }>(items: T[] | undefined) =>
      new Map((items ?? []).flatMap((item) => (item.id === undefined ? [] : [[item.id, item] as const])));
    const direct = <Key, Value>(load: (key: Key) => Promise<Value>) => ({ load, prime: () => undefined });
    const loaders: NaiveLoaders = {
      callLog: direct(({ locationId, id }) =>
        get<CallLogDto>(`voice-ai/dashboard/call-logs/${encodeURIComponent(id)}`, '2021-04-15', { locationId }),
      ),
      agent: direct(({ locationId, id }) =>
        get<AgentDto>(`voice-ai/agents/${encodeURIComponent(id)}`, '2021-04-15', { locationId }),
      ),
      contact: direct(
        async ({ id }) =>
          (await get<{ contact: ContactDto }>(`contacts/${encodeURIComponent(id)}`, '2021-07-28'))?.contact ?? null,
      ),
      calendar: direct(
        async ({ id }) =>
          (await get<{ calendar: CalendarDto }>(`calendars/${encodeURIComponent(id)}`, '2021-04-15'))?.calendar ?? null,
      ),
      knowledgeBase: direct(
        async ({ id }) =>
          (await get<{ data: KnowledgeBaseDto }>(`knowledge-bases/${encodeURIComponent(id)}`, '2021-04-15'))?.data ??
          null,
      ),
      message: direct(({ id }) => get<MessageDto>(`conversations/messages/${encodeURIComponent(id)}`, '2021-04-15')),
      workflowsByLocation: direct(async (locationId: string) =>
        byId((await get<{ workflows?: WorkflowDto[] }>('workflows/', '2021-07-28', { locationId }))?.workflows),
      ),
      contactFieldsByLocation: direct(async (locationId: string) =>
        byId(
          (
            await get<{ customFields?: CustomFieldDto[] }>(
              `locations/${encodeURIComponent(locationId)}/customFields`,
              '2021-07-28',
              { model: 'contact' },
            )
          )?.customFields,
        ),
      ),
    };
    return { clients: { listCallLogs }, loaders };
  }

  const apollo = new ApolloServer<GatewayContext>({ schema: buildGatewaySchema() });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: 0, host: '127.0.0.1' },
    // The resolvers read only `clients.listCallLogs` and `loaders` from the context.
    context: ({ req }) => Promise.resolve(createContext(req.headers.authorization ?? '') as unknown as GatewayContext),
  });
  return {
    url,
    stop: () => apollo.stop(),
  };
}
