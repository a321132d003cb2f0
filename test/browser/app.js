// Reads ?gateway=&token=&locationId=, lists the location's first 10 call logs with fetch (cross-origin: a CORS
// preflight), then runs the same query as an Automatic Persisted Query: by hash (not found), registered, by hash.
// Outcome on <body data-state="done|error">; rows carry data-id; #apq gets data-apq="ok" and data-apq-rows.
/* global document, location, fetch, crypto, TextEncoder, URL, URLSearchParams, isSecureContext */

const QUERY = `query BrowserCallLogs($locationId: ID!) {
  callLogs(locationId: $locationId, first: 10) {
    nodes { id createdAt duration contact { name } agent { name } }
  }
}`;

const params = new URLSearchParams(location.search);
const gateway = params.get('gateway') ?? '';
const token = params.get('token') ?? '';
const variables = { locationId: params.get('locationId') ?? '' };

/** One GraphQL request; resolves to the parsed body whatever the HTTP status. */
async function graphql(method, payload) {
  const headers = { authorization: `Bearer ${token}` };
  let url = gateway;
  let body;
  if (method === 'GET') {
    const get = new URL(gateway);
    for (const [key, value] of Object.entries(payload)) get.searchParams.set(key, JSON.stringify(value));
    url = get.href;
    // A GET has no content type: this header is what Apollo's CSRF prevention asks of it (and it forces a preflight).
    headers['apollo-require-preflight'] = 'true';
  } else {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(payload);
  }
  const response = await fetch(url, { method, headers, body });
  return response.json();
}

function nodesOf(result, step) {
  const nodes = result?.data?.callLogs?.nodes;
  if (!Array.isArray(nodes)) throw new Error(`${step}: no call logs in ${JSON.stringify(result)}`);
  return nodes;
}

function cell(row, field, value) {
  const td = row.insertCell();
  td.dataset.field = field;
  if (value === null || value === undefined) td.dataset.null = '';
  else td.textContent = String(value);
}

async function sha256Hex(text) {
  // crypto.subtle exists only in secure contexts; http://127.0.0.1 and http://localhost are potentially trustworthy.
  if (!isSecureContext || !crypto.subtle) throw new Error('crypto.subtle is unavailable: not a secure context');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function main() {
  const nodes = nodesOf(await graphql('POST', { query: QUERY, variables }), 'query');
  const tbody = document.getElementById('rows');
  for (const log of nodes) {
    const row = tbody.insertRow();
    row.dataset.id = log.id;
    cell(row, 'id', log.id);
    cell(row, 'createdAt', log.createdAt);
    cell(row, 'duration', log.duration);
    cell(row, 'contact', log.contact?.name);
    cell(row, 'agent', log.agent?.name);
  }

  const sha256Hash = await sha256Hex(QUERY);
  const extensions = { persistedQuery: { version: 1, sha256Hash } };
  const unknown = await graphql('GET', { variables, extensions });
  const code = unknown.errors?.[0]?.extensions?.code;
  if (code !== 'PERSISTED_QUERY_NOT_FOUND') throw new Error(`hash before registration: ${JSON.stringify(unknown)}`);
  nodesOf(await graphql('POST', { query: QUERY, variables, extensions }), 'registration');
  const persisted = nodesOf(await graphql('GET', { variables, extensions }), 'hash after registration');
  if (persisted.map((log) => log.id).join() !== nodes.map((log) => log.id).join()) {
    throw new Error('the persisted query returned other call logs');
  }
  const apq = document.getElementById('apq');
  apq.dataset.apqHash = sha256Hash;
  apq.dataset.apqRows = String(persisted.length);
  apq.dataset.apq = 'ok';
  apq.textContent = `APQ: ${persisted.length} call logs by hash ${sha256Hash.slice(0, 12)}…`;
}

main().then(
  () => {
    document.body.dataset.state = 'done';
  },
  (error) => {
    document.getElementById('error').textContent = String(error);
    document.body.dataset.state = 'error';
  },
);
