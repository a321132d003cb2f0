// GraphQL over real HTTP, written once: every test that talks to a gateway (or a router) sends through here. What
// differs between tests is an option (a token or none, extra headers, GET instead of POST), and the whole reply
// (status, headers, raw text, parsed body) comes back with `data` and `errors`.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { type DocumentNode, print } from 'graphql';

interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

interface GraphQLBody<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: GraphQLError[];
}

export interface GraphQLResponse<Data = Record<string, unknown>> extends GraphQLBody<Data> {
  status: number;
  headers: Headers;
  /** The body as it arrived. */
  text: string;
  /** The parsed body, when it is JSON (whose `data` and `errors` are also spread onto the response). */
  body: GraphQLBody<Data> | undefined;
}

export interface RequestOptions {
  /** Sent as `Authorization: Bearer …`; null or undefined: no Authorization header. */
  token?: string | null;
  /** More headers; they win over the defaults (so `authorization` here is sent verbatim). */
  headers?: Record<string, string>;
  /** POST (the default) sends the payload as JSON; GET sends it in the query string, objects as JSON. */
  method?: 'GET' | 'POST';
}

/**
 * A typed document from `graphql()` (test/generated/, or the frontend kit's src/generated/client/), whose type gives
 * the response's `data`; or a plain string for documents that are deliberately invalid, fuzzed, built at run time,
 * or written for another schema.
 */
export type Document<Data = unknown, Variables = Record<string, unknown>> =
  DocumentTypeDecoration<Data, Variables> | string;

/** The text of a document: a string as it is, a TypedDocumentString as generated, a DocumentNode printed. */
export function documentText(document: Document<unknown, never>): string {
  if (typeof document === 'string') return document;
  if (document instanceof String) return document.toString();
  return print(document as DocumentNode);
}

const JSON_TYPE = /^application\/(graphql-response\+)?json\b/;

/** Any HTTP request to a GraphQL endpoint, read as a GraphQL reply. */
export async function send<Data = Record<string, unknown>>(
  url: string | URL,
  init: RequestInit = {},
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, init);
  const text = await response.text();
  const body = JSON_TYPE.test(response.headers.get('content-type') ?? '')
    ? (JSON.parse(text) as GraphQLBody<Data>)
    : undefined;
  return { ...body, status: response.status, headers: response.headers, text, body };
}

/** A GraphQL request with this payload exactly (`query`, `variables`, `extensions`, … or none of them). */
export function sendPayload<Data = Record<string, unknown>>(
  url: string | URL,
  payload: Record<string, unknown>,
  { token, headers = {}, method = 'POST' }: RequestOptions = {},
): Promise<GraphQLResponse<Data>> {
  const authorization: Record<string, string> =
    token === null || token === undefined ? {} : { authorization: `Bearer ${token}` };
  if (method === 'GET') {
    const target = new URL(url);
    for (const [name, value] of Object.entries(payload)) {
      target.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value));
    }
    return send(target, { headers: { ...authorization, ...headers } });
  }
  return send(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authorization, ...headers },
    body: JSON.stringify(payload),
  });
}

/**
 * Runs a document with its variables (none: the payload has no `variables`). A typed document types `data` and the
 * variables; a string document's `data` is read as `Data`.
 */
export function sendOperation<Data = Record<string, unknown>, Variables = Record<string, unknown>>(
  url: string | URL,
  document: Document<Data, Variables>,
  variables?: NoInfer<Variables>,
  options?: RequestOptions,
): Promise<GraphQLResponse<Data>> {
  const query = documentText(document);
  return sendPayload(url, variables === undefined ? { query } : { query, variables }, options);
}

/** A response's `data`, which the test expects to be there. */
export function dataOf<Data>(response: GraphQLResponse<Data>): Data {
  if (response.data === undefined || response.data === null) throw new Error(`no data: ${response.text}`);
  return response.data;
}
