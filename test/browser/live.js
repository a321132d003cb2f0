// Reads ?gateway=&token=&locationId=, subscribes to callLogCreated over graphql-ws (the token in connection_init's
// payload, as Apollo Client and Sandbox send it) and adds a row per call received (data-id, the contact's name).
// State on <body data-state="connecting|connected|error">; a socket that fails sets data-socket-error and
// data-close-code, and #error says why.
/* global document, location, URLSearchParams, graphqlWs */

const SUBSCRIPTION = `subscription BrowserLiveCalls($locationId: ID!) {
  callLogCreated(locationId: $locationId) { id contact { name } }
}`;

const params = new URLSearchParams(location.search);
const url = (params.get('gateway') ?? '').replace(/^http/, 'ws');
const token = params.get('token') ?? '';
const variables = { locationId: params.get('locationId') ?? '' };
const body = document.body;

function fail(message) {
  document.getElementById('error').textContent = message;
  body.dataset.state = 'error';
}

function render(call) {
  const row = document.getElementById('calls').insertRow();
  row.dataset.id = call.id;
  const id = row.insertCell();
  id.dataset.field = 'id';
  id.textContent = call.id;
  const contact = row.insertCell();
  contact.dataset.field = 'contact';
  if (call.contact?.name == null) contact.dataset.null = '';
  else contact.textContent = call.contact.name;
}

const client = graphqlWs.createClient({
  url,
  connectionParams: { Authorization: `Bearer ${token}` },
  retryAttempts: 0,
  on: {
    connected: () => {
      body.dataset.state = 'connected';
    },
    // The WebSocket's own error event: a refused upgrade shows here, then as a close with 1006.
    error: () => {
      body.dataset.socketError = 'true';
    },
    closed: (event) => {
      body.dataset.closeCode = String(event?.code);
    },
  },
});

client.subscribe(
  { query: SUBSCRIPTION, variables },
  {
    next: (result) => {
      if (result.errors) fail(JSON.stringify(result.errors));
      else render(result.data.callLogCreated);
    },
    // graphql-ws ends the subscription with an Error, a CloseEvent (the socket closed) or the socket's error Event.
    error: (error) => {
      if (error instanceof Error) fail(error.message);
      else if (typeof error?.code === 'number') fail(`closed ${String(error.code)} ${String(error.reason ?? '')}`);
      else fail(`socket ${String(error?.type)}`);
    },
    complete: () => undefined,
  },
);
