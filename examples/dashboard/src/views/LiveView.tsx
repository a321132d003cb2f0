// Live: the newest calls, and each call as it ends (callLogCreated over graphql-ws) prepended and highlighted.
// After a reconnect the subscription starts again with `since` = when the connection was lost, and the gateway
// replays what ended meanwhile: nothing is lost, and a call already shown is not shown twice.
import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';

import type { ConnectionState, DashboardClient } from '../client';
import { CallRows } from '../components/CallRows';
import { ErrorNotice } from '../components/ErrorNotice';
import { graphQLErrors, networkMessage } from '../errors';
import { type CallRowFragment, DashboardCallsDocument, DashboardLiveCallsDocument } from '../generated/graphql';

const RECENT = 10;
/**
 * `since` reaches this far before the connection was lost: HighLevel's times are whole seconds, so a call that ended
 * just before the loss may carry an earlier time. What the replay sends again is already shown, and merged by id.
 */
const REPLAY_MARGIN_MS = 60_000;
/** The gateway replays at most 24 hours: a tab asleep for longer asks for what it can. */
const MAX_REPLAY_MS = 24 * 60 * 60_000 - REPLAY_MARGIN_MS;

function replaySince(lostAt: number): string {
  return new Date(Math.max(lostAt - REPLAY_MARGIN_MS, Date.now() - MAX_REPLAY_MS)).toISOString();
}

export function LiveView({ locationId, client }: { locationId: string; client: DashboardClient }) {
  const recent = useQuery(DashboardCallsDocument, { variables: { locationId, first: RECENT } });
  const [arrived, setArrived] = useState<CallRowFragment[]>([]);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [since, setSince] = useState<string | undefined>(undefined);
  const lostAt = useRef<number | undefined>(undefined);

  useEffect(
    () =>
      client.onConnection((state) => {
        setConnection(state);
        if (state === 'closed') lostAt.current ??= Date.now();
        if (state === 'connected' && lostAt.current !== undefined) {
          setSince(replaySince(lostAt.current));
          lostAt.current = undefined;
        }
      }),
    [client],
  );

  const live = useSubscription(DashboardLiveCallsDocument, {
    variables: { locationId, ...(since ? { since } : {}) },
    onData: ({ data }) => {
      const call = data.data?.callLogCreated;
      if (!call) return;
      setArrived((previous) => [call, ...previous.filter((other) => other.id !== call.id)]);
    },
  });
  const arrivedIds = new Set(arrived.map((call) => call.id));
  const older = (recent.data?.callLogs?.edges ?? [])
    .map((edge) => edge.node)
    .filter((call) => !arrivedIds.has(call.id));
  return (
    <section aria-labelledby="live-title">
      <h2 id="live-title">Live</h2>
      <p className="connection" data-state={connection}>
        <span className="dot" aria-hidden="true" />
        {connection === 'connected'
          ? 'Connected: calls appear here as they end.'
          : connection === 'connecting'
            ? 'Connecting…'
            : 'Connection lost: reconnecting, then replaying what ended meanwhile.'}
      </p>
      <ErrorNotice errors={graphQLErrors(live.error)} network={networkMessage(live.error)} />
      <ErrorNotice errors={graphQLErrors(recent.error)} network={networkMessage(recent.error)} />
      <CallRows
        calls={[...arrived, ...older]}
        caption={`${arrived.length} new since this page opened, and the ${older.length} before`}
        highlighted={arrivedIds}
      />
    </section>
  );
}
