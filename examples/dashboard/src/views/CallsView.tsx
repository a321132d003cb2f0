// Calls: the location's call logs, newest first, with HighLevel's filters (agent, live/trial, action types, date
// range) and "load more" on the Relay connection (fetchMore with the end cursor; the type policy appends).
import type { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useLayoutEffect, useMemo, useState } from 'react';

import { CallRows, type RowProblems } from '../components/CallRows';
import { ErrorNotice } from '../components/ErrorNotice';
import { errorsAt, graphQLErrors, networkMessage } from '../errors';
import { actionTypeLabel } from '../format';
import { type ActionType, type CallLogFilter, DashboardCallsDocument } from '../generated/graphql';

const PAGE_SIZE = 25;

const ACTION_TYPES: readonly ActionType[] = [
  'CALL_TRANSFER',
  'SMS',
  'DATA_EXTRACTION',
  'IN_CALL_DATA_EXTRACTION',
  'WORKFLOW_TRIGGER',
  'APPOINTMENT_BOOKING',
  'CUSTOM_ACTION',
  'KNOWLEDGE_BASE',
];

interface Filters {
  agentId: string;
  callType: '' | 'LIVE' | 'TRIAL';
  actionTypes: ActionType[];
  /** `YYYY-MM-DD` in the viewer's zone, or empty. */
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { agentId: '', callType: '', actionTypes: [], from: '', to: '' };

/** The filters as the API takes them; undefined when none is set (HighLevel's default list). */
function callLogFilter(filters: Filters): CallLogFilter | undefined {
  const filter: CallLogFilter = {};
  if (filters.agentId) filter.agentId = filters.agentId;
  if (filters.callType) filter.callType = filters.callType;
  if (filters.actionTypes.length > 0) filter.actionTypes = filters.actionTypes;
  if (filters.from || filters.to) {
    filter.createdAt = {
      ...(filters.from ? { from: new Date(`${filters.from}T00:00:00`).toISOString() } : {}),
      // The whole last day: up to the next day's midnight.
      ...(filters.to ? { to: new Date(new Date(`${filters.to}T00:00:00`).getTime() + 86_400_000).toISOString() } : {}),
    };
  }
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/**
 * Asks for the first page as soon as the client exists, before React has drawn anything: the view's own query, made
 * once the page has painted, then joins the request in flight (Apollo Client de-duplicates it) instead of starting
 * it a frame or more later.
 */
export function preloadCalls(apollo: ApolloClient, locationId: string): void {
  void apollo.query({ query: DashboardCallsDocument, variables: { locationId, first: PAGE_SIZE } });
}

/** The first time this page drew the list: a User Timing mark that `npm run bench:dashboard` reads. */
const FIRST_RENDER_MARK = 'dashboard:calls-rendered';

export function CallsView({ locationId }: { locationId: string }) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const filter = callLogFilter(filters);
  const { data, error, loading, fetchMore } = useQuery(DashboardCallsDocument, {
    variables: { locationId, first: PAGE_SIZE, ...(filter ? { filter } : {}) },
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.callLogs;
  const calls = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const errors = graphQLErrors(error);
  const listErrors = errors.filter((problem) => problem.path.length <= 1);
  // The agents the calls seen so far name: HighLevel has no list of a location's agents on this API.
  const [agents, setAgents] = useState(new Map<string, string>());
  const unseen = calls.filter((call) => call.agent?.name && !agents.has(call.agent.id));
  if (unseen.length > 0) {
    const next = new Map(agents);
    for (const call of unseen) if (call.agent?.name) next.set(call.agent.id, call.agent.name);
    setAgents(next);
  }

  // A layout effect: the rows are in the DOM, the browser paints them next (a passive effect would wait for that paint).
  useLayoutEffect(() => {
    if (connection && performance.getEntriesByName(FIRST_RENDER_MARK).length === 0) {
      performance.mark(FIRST_RENDER_MARK);
    }
  }, [connection]);

  const problems = (index: number): RowProblems => {
    const at = ['callLogs', 'edges', index, 'node'];
    return {
      contact: errorsAt(errors, [...at, 'contact'])[0]?.code,
      agent: errorsAt(errors, [...at, 'agent'])[0]?.code,
    };
  };
  const referenceErrors = errors.filter((problem) => problem.path.length > 1);

  const set = (changes: Partial<Filters>) => {
    setFilters({ ...filters, ...changes });
  };
  const loadMore = () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).finally(() => {
      setLoadingMore(false);
    });
  };

  return (
    <section aria-labelledby="calls-title">
      <h2 id="calls-title">Calls</h2>
      <form
        className="filters"
        aria-label="Filters"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <label>
          Agent
          <select
            name="agentId"
            value={filters.agentId}
            onChange={(event) => {
              set({ agentId: event.target.value });
            }}
          >
            <option value="">All agents</option>
            {[...agents].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Type
          <select
            name="callType"
            value={filters.callType}
            onChange={(event) => {
              set({ callType: event.target.value as Filters['callType'] });
            }}
          >
            <option value="">Live and trial</option>
            <option value="LIVE">Live calls</option>
            <option value="TRIAL">Trial calls</option>
          </select>
        </label>
        <label>
          From
          <input
            type="date"
            name="from"
            value={filters.from}
            onChange={(event) => {
              set({ from: event.target.value });
            }}
          />
        </label>
        <label>
          To
          <input
            type="date"
            name="to"
            value={filters.to}
            onChange={(event) => {
              set({ to: event.target.value });
            }}
          />
        </label>
        <fieldset>
          <legend>Executed actions</legend>
          {ACTION_TYPES.map((type) => (
            <label key={type} className="check">
              <input
                type="checkbox"
                name="actionTypes"
                value={type}
                checked={filters.actionTypes.includes(type)}
                onChange={(event) => {
                  set({
                    actionTypes: event.target.checked
                      ? [...filters.actionTypes, type]
                      : filters.actionTypes.filter((other) => other !== type),
                  });
                }}
              />
              {actionTypeLabel(type)}
            </label>
          ))}
        </fieldset>
      </form>
      <ErrorNotice errors={listErrors} network={networkMessage(error)} />
      <ErrorNotice errors={referenceErrors} />
      {connection && (
        <>
          <CallRows calls={calls} caption={`${calls.length} of ${connection.totalCount} calls`} problems={problems} />
          {connection.pageInfo.hasNextPage && (
            <button type="button" className="more" onClick={loadMore} disabled={loadingMore}>
              {loadingMore ? 'Loading…' : 'Load more'}
            </button>
          )}
        </>
      )}
      <p className="status" aria-live="polite" data-state={loading ? 'loading' : 'ready'}>
        {loading ? 'Loading calls…' : ''}
      </p>
    </section>
  );
}
