// Baseline (a), the limit: no GraphQL execution, no DataLoader, no rate limiter. For each bench query it fetches
// exactly the upstream resources the answer needs with ideal parallelism (every list page at once, then every
// distinct reference at once, workflows and contact custom fields once per location) over keep-alive HTTP, and builds
// the JSON the gateway answers, with the gateway's own pure helpers for what must match byte for byte (secret
// masking, transcript turns, cursors). Served by a bare node:http endpoint that takes the same POST as the gateway,
// so autocannon loads it the same way. Two transports, the same requests: got (`direct`, the project's HTTP client)
// and Node's global `fetch` (`direct-fetch`, undici: the cheapest client Node has, the limit of the engine comparison).
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import got, { HTTPError } from 'got';

import { isRecord } from '../src/guards.js';
import { encodeCursor, listFingerprint } from '../src/resolvers/pagination.js';
import {
  readBoolean,
  readInt,
  readNumber,
  readRecord,
  readRecordList,
  readString,
  readStringList,
} from '../src/resolvers/parameters.js';
import { headerPairs, maskSecret, redactSecrets, redactUrl } from '../src/resolvers/secrets.js';
import { parseTranscript } from '../src/resolvers/transcript.js';

type Json = Record<string, unknown>;
type Params = Readonly<Record<string, unknown>>;

/** The `Version` header of each HighLevel API family. */
const VERSIONS = {
  voiceAi: '2021-04-15',
  contacts: '2021-07-28',
  workflows: '2021-07-28',
  calendars: '2021-04-15',
  locations: '2021-07-28',
  knowledgeBases: '2021-04-15',
  conversations: '2021-04-15',
} as const;

const PAGE_SIZE = 50;

const TYPE_NAMES: Readonly<Record<string, string>> = {
  CALL_TRANSFER: 'CallTransferAction',
  SMS: 'SmsAction',
  DATA_EXTRACTION: 'DataExtractionAction',
  IN_CALL_DATA_EXTRACTION: 'InCallDataExtractionAction',
  WORKFLOW_TRIGGER: 'WorkflowTriggerAction',
  APPOINTMENT_BOOKING: 'AppointmentBookingAction',
  CUSTOM_ACTION: 'CustomAction',
  KNOWLEDGE_BASE: 'KnowledgeBaseAction',
};

export interface DirectServer {
  url: string;
  stop(): Promise<void>;
}

/** How the limit reads HighLevel: got (the project's HTTP client) or Node's global `fetch` (undici). */
export type DirectTransport = 'got' | 'fetch';

/** One upstream GET: the JSON body, `null` for a 404 (the referenced resource is gone); anything else non-2xx throws. */
type Get = (
  family: keyof typeof VERSIONS,
  path: string,
  authorization: string,
  searchParams?: Record<string, string | number>,
) => Promise<Json | null>;

interface Upstream {
  get: Get;
  close: () => void;
}

/** Over got, keep-alive through its own agent. */
function gotUpstream(upstreamUrl: string): Upstream {
  const agent = new http.Agent({ keepAlive: true });
  const client = got.extend({
    prefixUrl: upstreamUrl,
    agent: { http: agent },
    retry: { limit: 0 },
    timeout: { request: 10_000 },
  });
  return {
    async get(family, path, authorization, searchParams) {
      try {
        const body = await client
          .get(path, {
            headers: { authorization, version: VERSIONS[family] },
            ...(searchParams ? { searchParams } : {}),
          })
          .json<unknown>();
        return isRecord(body) ? body : null;
      } catch (error) {
        if (error instanceof HTTPError && error.response.statusCode === 404) return null;
        throw error;
      }
    },
    close() {
      agent.destroy();
    },
  };
}

/**
 * Over Node's global `fetch`, keep-alive as undici pools by default. No per-request timeout signal: undici's own
 * header and body timeouts bound a request, and the limit is the least a client can spend.
 */
function fetchUpstream(upstreamUrl: string): Upstream {
  const base = `${upstreamUrl}/`;
  return {
    async get(family, path, authorization, searchParams) {
      const query = new URLSearchParams();
      for (const [name, value] of Object.entries(searchParams ?? {})) query.set(name, String(value));
      const search = query.size === 0 ? '' : `?${query.toString()}`;
      const response = await fetch(`${base}${path}${search}`, {
        headers: { authorization, version: VERSIONS[family] },
      });
      if (response.status === 404) {
        // Read to the end, so that the connection goes back to the pool.
        await response.arrayBuffer();
        return null;
      }
      if (!response.ok) {
        await response.arrayBuffer();
        throw new Error(`upstream answered ${String(response.status)} for ${path}`);
      }
      const body: unknown = await response.json();
      return isRecord(body) ? body : null;
    },
    close() {
      // The global dispatcher's pool is the process's; nothing of this server's own to release.
    },
  };
}

export async function startDirectServer(upstreamUrl: string, transport: DirectTransport): Promise<DirectServer> {
  const { get, close } = transport === 'fetch' ? fetchUpstream(upstreamUrl) : gotUpstream(upstreamUrl);

  /** Every distinct id at once; the answers by id. */
  async function fetchAll(
    ids: Iterable<string>,
    fetchOne: (id: string) => Promise<Json | null>,
  ): Promise<Map<string, Json | null>> {
    const distinct = [...new Set(ids)];
    const values = await Promise.all(distinct.map(fetchOne));
    return new Map(distinct.map((id, index) => [id, values[index] ?? null]));
  }

  async function listLocation(
    family: 'workflows' | 'locations',
    locationId: string,
    authorization: string,
  ): Promise<Map<string, Json>> {
    const body =
      family === 'workflows'
        ? await get('workflows', 'workflows/', authorization, { locationId })
        : await get('locations', `locations/${encodeURIComponent(locationId)}/customFields`, authorization, {
            model: 'contact',
          });
    const items = body?.[family === 'workflows' ? 'workflows' : 'customFields'];
    const byId = new Map<string, Json>();
    if (Array.isArray(items))
      for (const item of items) if (isRecord(item) && typeof item['id'] === 'string') byId.set(item['id'], item);
    return byId;
  }

  /** The first `count` call logs: every page at once. */
  async function listPages(locationId: string, count: number, authorization: string) {
    const pages = Array.from({ length: Math.ceil(count / PAGE_SIZE) }, (_, index) => index + 1);
    const bodies = await Promise.all(
      pages.map((page) =>
        get('voiceAi', 'voice-ai/dashboard/call-logs', authorization, { locationId, page, pageSize: PAGE_SIZE }),
      ),
    );
    const logs = bodies.flatMap((body) => (Array.isArray(body?.['callLogs']) ? body['callLogs'].filter(isRecord) : []));
    const total = Math.max(...bodies.map((body) => (typeof body?.['total'] === 'number' ? body['total'] : 0)));
    return { logs: logs.slice(0, count), total };
  }

  const contactIdOf = (log: Json) => nonEmpty(log['contactId']);
  const agentIdOf = (log: Json) => (log['isAgentDeleted'] === true ? null : nonEmpty(log['agentId']));

  async function dashboard(locationId: string, authorization: string): Promise<Json> {
    const snapshot = Date.now();
    const { logs, total } = await listPages(locationId, 50, authorization);
    const actions = logs.flatMap(actionsOf);
    const [contacts, agents, workflows] = await Promise.all([
      fetchAll(present(logs.map(contactIdOf)), (id) => contact(id, authorization)),
      fetchAll(present(logs.map(agentIdOf)), (id) =>
        get('voiceAi', `voice-ai/agents/${encodeURIComponent(id)}`, authorization, { locationId }),
      ),
      actions.some((action) => action.type === 'WORKFLOW_TRIGGER' && readString(action.parameters, 'workflowId'))
        ? listLocation('workflows', locationId, authorization)
        : new Map<string, Json>(),
    ]);
    const fingerprint = listFingerprint([locationId, undefined, undefined]);
    return {
      callLogs: {
        totalCount: total,
        pageInfo: {
          hasNextPage: logs.length < total,
          endCursor: logs.length === 0 ? null : encodeCursor(fingerprint, { offset: logs.length - 1, snapshot }),
        },
        nodes: logs.map((log) => {
          const contactId = contactIdOf(log);
          const agentId = agentIdOf(log);
          const contactDto = contactId === null ? null : (contacts.get(contactId) ?? null);
          const agentDto = agentId === null ? null : (agents.get(agentId) ?? null);
          return {
            ...listFields(log),
            contact: contactDto && { id: contactId, name: text(contactDto['name']), email: text(contactDto['email']) },
            agent: agentDto && { id: agentId, name: text(agentDto['agentName']) },
            actions: actionsOf(log).map((action) => dashboardAction(action, workflows)),
          };
        }),
      },
    };
  }

  async function callLogs200(locationId: string, authorization: string): Promise<Json> {
    const { logs, total } = await listPages(locationId, 200, authorization);
    const contacts = await fetchAll(present(logs.map(contactIdOf)), (id) => contact(id, authorization));
    return {
      callLogs: {
        totalCount: total,
        nodes: logs.map((log) => {
          const contactId = contactIdOf(log);
          const contactDto = contactId === null ? null : (contacts.get(contactId) ?? null);
          const { id, createdAt, duration, callType, fromNumber, summary } = listFields(log);
          return {
            id,
            createdAt,
            duration,
            callType,
            isTrialCall: log['trialCall'] === true,
            fromNumber,
            summary,
            contact: contactDto && { id: contactId, name: text(contactDto['name']) },
          };
        }),
      },
    };
  }

  async function callLog(locationId: string, id: string, authorization: string): Promise<Json> {
    const log = await get('voiceAi', `voice-ai/dashboard/call-logs/${encodeURIComponent(id)}`, authorization, {
      locationId,
    });
    if (log === null) return { callLog: null };
    const actions = actionsOf(log);
    const idsOf = (type: string | string[], key: string) =>
      present(
        actions
          .filter((action) => (Array.isArray(type) ? type.includes(action.type) : action.type === type))
          .map((action) => readString(action.parameters, key)),
      );
    const contactId = contactIdOf(log);
    const agentId = agentIdOf(log);
    const messageId = nonEmpty(log['messageId']);
    const extraction = ['DATA_EXTRACTION', 'IN_CALL_DATA_EXTRACTION'];
    const [contactDto, agentDto, messageDto, workflows, fields, calendars, knowledgeBases] = await Promise.all([
      contactId === null ? null : contact(contactId, authorization),
      agentId === null
        ? null
        : get('voiceAi', `voice-ai/agents/${encodeURIComponent(agentId)}`, authorization, { locationId }),
      messageId === null
        ? null
        : get('conversations', `conversations/messages/${encodeURIComponent(messageId)}`, authorization),
      idsOf('WORKFLOW_TRIGGER', 'workflowId').length > 0
        ? listLocation('workflows', locationId, authorization)
        : new Map<string, Json>(),
      idsOf(extraction, 'contactFieldId').length > 0
        ? listLocation('locations', locationId, authorization)
        : new Map<string, Json>(),
      fetchAll(idsOf('APPOINTMENT_BOOKING', 'calendarId'), async (calendarId) =>
        unwrap(await get('calendars', `calendars/${encodeURIComponent(calendarId)}`, authorization), 'calendar'),
      ),
      fetchAll(idsOf('KNOWLEDGE_BASE', 'knowledgeBaseId'), async (knowledgeBaseId) =>
        unwrap(
          await get('knowledgeBases', `knowledge-bases/${encodeURIComponent(knowledgeBaseId)}`, authorization),
          'data',
        ),
      ),
    ]);
    const translation = log['translation'];
    return {
      callLog: {
        id: log['id'],
        locationId,
        createdAt: instant(log['createdAt']),
        duration: log['duration'] ?? null,
        callType: log['trialCall'] === true ? 'TRIAL' : 'LIVE',
        fromNumber: text(log['fromNumber']),
        summary: text(log['summary']),
        transcriptTurns: parseTranscript(log['transcript']),
        translation: isRecord(translation)
          ? {
              language: readString(translation, 'language'),
              translatedTranscript: readString(translation, 'translatedTranscript'),
            }
          : null,
        extractedData: log['extractedData'] ?? null,
        contact: contactDto && {
          id: contactId,
          locationId: text(contactDto['locationId']) ?? locationId,
          name: text(contactDto['name']),
          email: text(contactDto['email']),
          phone: text(contactDto['phone']),
        },
        agent: agentDto && {
          id: agentId,
          locationId: text(agentDto['locationId']) ?? locationId,
          name: text(agentDto['agentName']),
          language: text(agentDto['language']),
        },
        message: messageDto && {
          id: messageId,
          locationId: text(messageDto['locationId']) ?? locationId,
          messageType: text(messageDto['messageType']),
          status: text(messageDto['status']),
        },
        actions: actions.map((action) =>
          detailAction(action, { locationId, workflows, fields, calendars, knowledgeBases }),
        ),
      },
    };
  }

  async function contact(id: string, authorization: string): Promise<Json | null> {
    return unwrap(await get('contacts', `contacts/${encodeURIComponent(id)}`, authorization), 'contact');
  }

  const server = http.createServer((request, response) => {
    void answer(request, response);
  });
  server.keepAliveTimeout = 72_000;

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        query?: string;
        variables?: Record<string, string>;
      };
      const operation = /query\s+(\w+)/.exec(body.query ?? '')?.[1];
      const locationId = body.variables?.['locationId'] ?? '';
      const authorization = request.headers.authorization ?? '';
      let data: Json;
      if (operation === 'BenchDashboard') data = await dashboard(locationId, authorization);
      else if (operation === 'BenchCallLogs200') data = await callLogs200(locationId, authorization);
      else if (operation === 'CallLogDetail')
        data = await callLog(locationId, body.variables?.['id'] ?? '', authorization);
      else throw new Error(`baseline-direct answers only the bench queries, not ${String(operation)}`);
      send(response, 200, { data });
    } catch (error) {
      send(response, 500, { errors: [{ message: error instanceof Error ? error.message : String(error) }] });
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      close();
    },
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

interface Action {
  /** The execution's id, as the gateway names it: `<callLogId>:<index>`. */
  id: string;
  dto: Params;
  type: string;
  rawParameters: unknown;
  parameters: Params;
}

function actionsOf(log: Json): Action[] {
  const entries = log['executedCallActions'];
  if (!Array.isArray(entries)) return [];
  return entries.map((entry: unknown, index) => {
    const dto: Params = isRecord(entry) ? entry : {};
    const rawParameters: unknown = isRecord(entry) ? entry['actionParameters'] : entry;
    return {
      id: `${String(log['id'])}:${index}`,
      dto,
      type: typeof dto['actionType'] === 'string' ? dto['actionType'] : '',
      rawParameters,
      parameters: isRecord(rawParameters) ? rawParameters : {},
    };
  });
}

/** The fields every action has, as the gateway serves them. */
function commonActionFields(action: Action): Json {
  const known = Object.hasOwn(TYPE_NAMES, action.type);
  const rawType: unknown = action.dto['actionType'];
  return {
    __typename: known ? TYPE_NAMES[action.type] : 'UnknownAction',
    id: action.id,
    actionId: text(action.dto['actionId']),
    type: known ? action.type : null,
    rawType: rawType === undefined ? '' : typeof rawType === 'string' ? rawType : JSON.stringify(rawType),
    name: text(action.dto['actionName']),
    description: readString(action.dto, 'description'),
    executedAt: instant(action.dto['executedAt']),
    triggerReceivedAt: instant(action.dto['triggerReceivedAt']),
    rawParameters: redactSecrets(action.rawParameters) ?? null,
  };
}

function prompts(parameters: Params): Json {
  return {
    triggerPrompt: readString(parameters, 'triggerPrompt'),
    triggerMessage: readString(parameters, 'triggerMessage'),
  };
}

function extractionFields(parameters: Params): Json {
  return {
    extractionDescription: readString(parameters, 'description'),
    examples: readStringList(parameters, 'examples'),
    overwriteExistingValue: readBoolean(parameters, 'overwriteExistingValue'),
  };
}

function apiFields(
  parameters: Params,
  parameterFields: readonly ('name' | 'description' | 'type' | 'example')[],
): Json | null {
  const api = readRecord(parameters, 'apiDetails');
  if (api === null) return null;
  const url = readString(api, 'url');
  const secret = api['authenticationValue'];
  const hasSecret = secret !== undefined && secret !== null && secret !== '';
  return {
    url: url === null ? null : redactUrl(url),
    method: readString(api, 'method'),
    authenticationRequired: readBoolean(api, 'authenticationRequired'),
    hasAuthenticationValue: hasSecret,
    authenticationValueMasked: hasSecret ? maskSecret(secret) : null,
    headers: headerPairs(api['headers']),
    parameters: namedParameters(readRecordList(api, 'parameters'), parameterFields),
  };
}

function responsePaths(parameters: Params): string[] {
  const selected = readStringList(parameters, 'selectedPaths');
  return selected.length > 0 ? selected : readStringList(parameters, 'responsePathsToExtract');
}

function namedParameters(
  list: readonly Params[],
  fields: readonly ('name' | 'description' | 'type' | 'example')[],
): Json[] {
  return list.flatMap((parameter) => {
    if (readString(parameter, 'name') === null) return [];
    return [Object.fromEntries(fields.map((field) => [field, readString(parameter, field)]))];
  });
}

const ALL_PARAMETER_FIELDS = ['name', 'description', 'type', 'example'] as const;

/** An action as the dashboard query selects it. */
function dashboardAction(action: Action, workflows: ReadonlyMap<string, Json>): Json {
  const p = action.parameters;
  const common = commonActionFields(action);
  switch (action.type) {
    case 'CALL_TRANSFER':
      return { ...common, ...prompts(p), ...transferFields(p) };
    case 'SMS':
      return { ...common, ...prompts(p), messageBody: readString(p, 'messageBody') };
    case 'DATA_EXTRACTION':
    case 'IN_CALL_DATA_EXTRACTION':
      return { ...common, contactFieldId: readString(p, 'contactFieldId'), ...extractionFields(p) };
    case 'WORKFLOW_TRIGGER': {
      const workflowId = readString(p, 'workflowId');
      const workflow = workflowId ? workflows.get(workflowId) : undefined;
      return {
        ...common,
        ...prompts(p),
        workflowId,
        workflow: workflow ? { id: workflowId, name: text(workflow['name']) } : null,
      };
    }
    case 'APPOINTMENT_BOOKING':
      return { ...common, calendarId: readString(p, 'calendarId'), ...bookingFields(p) };
    case 'CUSTOM_ACTION':
      return { ...common, ...prompts(p), responsePaths: responsePaths(p), api: apiFields(p, ALL_PARAMETER_FIELDS) };
    case 'KNOWLEDGE_BASE':
      return {
        ...common,
        ...prompts(p),
        knowledgeBaseId: readString(p, 'knowledgeBaseId'),
        parameters: namedParameters(readRecordList(p, 'parameters'), ALL_PARAMETER_FIELDS),
      };
    default:
      return common;
  }
}

interface DetailReferences {
  /** The call log's location: a reference's own when HighLevel sends none. */
  locationId: string;
  workflows: ReadonlyMap<string, Json>;
  fields: ReadonlyMap<string, Json>;
  calendars: ReadonlyMap<string, Json | null>;
  knowledgeBases: ReadonlyMap<string, Json | null>;
}

/** An action as the one-call-log query selects it, every reference resolved. */
function detailAction(action: Action, references: DetailReferences): Json {
  const p = action.parameters;
  const common = commonActionFields(action);
  const reference = (id: string | null, map: ReadonlyMap<string, Json | null>, fields: Record<string, string>) => {
    const dto = id ? map.get(id) : undefined;
    if (!id || !dto) return null;
    const locationId = text(dto['locationId']) ?? references.locationId;
    return {
      id,
      locationId,
      ...Object.fromEntries(Object.entries(fields).map(([field, key]) => [field, text(dto[key])])),
    };
  };
  switch (action.type) {
    case 'CALL_TRANSFER':
      return { ...common, ...prompts(p), ...transferFields(p) };
    case 'SMS':
      return { ...common, ...prompts(p), messageBody: readString(p, 'messageBody') };
    case 'DATA_EXTRACTION':
    case 'IN_CALL_DATA_EXTRACTION':
      return {
        ...common,
        ...extractionFields(p),
        contactField: reference(readString(p, 'contactFieldId'), references.fields, {
          name: 'name',
          fieldKey: 'fieldKey',
        }),
      };
    case 'WORKFLOW_TRIGGER':
      return {
        ...common,
        ...prompts(p),
        workflow: reference(readString(p, 'workflowId'), references.workflows, { name: 'name', status: 'status' }),
      };
    case 'APPOINTMENT_BOOKING':
      return {
        ...common,
        ...bookingFields(p),
        calendar: reference(readString(p, 'calendarId'), references.calendars, { name: 'name' }),
      };
    case 'CUSTOM_ACTION':
      return {
        ...common,
        ...prompts(p),
        responsePaths: responsePaths(p),
        api: apiFields(p, ['name', 'type', 'example']),
      };
    case 'KNOWLEDGE_BASE':
      return {
        ...common,
        ...prompts(p),
        parameters: namedParameters(readRecordList(p, 'parameters'), ['name', 'description']),
        knowledgeBase: reference(readString(p, 'knowledgeBaseId'), references.knowledgeBases, { name: 'name' }),
      };
    default:
      return common;
  }
}

function transferFields(p: Params): Json {
  return {
    transferToType: readString(p, 'transferToType'),
    transferToNumber: readString(p, 'transferToValue'),
    hearWhisperMessage: readBoolean(p, 'hearWhisperMessage'),
  };
}

function bookingFields(p: Params): Json {
  return {
    daysOfOfferingDates: readInt(p, 'daysOfOfferingDates'),
    slotsPerDay: readInt(p, 'slotsPerDay'),
    hoursBetweenSlots: readNumber(p, 'hoursBetweenSlots'),
  };
}

function listFields(log: Json) {
  return {
    id: log['id'],
    createdAt: instant(log['createdAt']),
    duration: log['duration'] ?? null,
    callType: log['trialCall'] === true ? 'TRIAL' : 'LIVE',
    fromNumber: text(log['fromNumber']),
    summary: text(log['summary']),
  };
}

function unwrap(body: Json | null, key: string): Json | null {
  const value = body?.[key];
  return isRecord(value) ? value : null;
}

function nonEmpty(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function present(values: readonly (string | null)[]): string[] {
  return values.filter((value): value is string => value !== null && value !== '');
}

/** A GraphQL String: null stays null, anything else as text. */
function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The gateway's DateTime: any instant HighLevel sends, as a UTC ISO string. */
function instant(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return new Date(value as string | number).toISOString();
}
