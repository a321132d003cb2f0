// The shell: who is signed in (the emulator's preset, or a token and location typed by the user), the client made
// from it, the navigation, and the view the hash names.
import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';

import { createDashboardClient, type DashboardClient } from './client';
import { SignIn } from './components/SignIn';
import { currentRoute, type Route, useRoute } from './routes';
import { type Credentials, forgetCredentials, presetCredentials, storedCredentials } from './session';
import { CallsView, preloadCalls } from './views/CallsView';

// The Calls view, the first screen, ships in the main chunk; the others load when first opened (Statistics brings
// Chart.js), so the list's first render parses only what it needs.
const LiveView = lazy(() => import('./views/LiveView').then(({ LiveView }) => ({ default: LiveView })));
const CallDetailView = lazy(() =>
  import('./views/CallDetailView').then(({ CallDetailView }) => ({ default: CallDetailView })),
);
const StatisticsView = lazy(() =>
  import('./views/StatisticsView').then(({ StatisticsView }) => ({ default: StatisticsView })),
);

/** Asked as soon as the script runs, while React sets up. */
const preset = presetCredentials();

type SessionState =
  | { kind: 'loading' }
  | { kind: 'preset'; credentials: Credentials }
  | { kind: 'user'; credentials: Credentials | null };

export function App() {
  const [session, setSession] = useState<SessionState>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    void preset.then((given) => {
      if (cancelled) return;
      setSession(given ? { kind: 'preset', credentials: given } : { kind: 'user', credentials: storedCredentials() });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (session.kind === 'loading') return <p className="loading">Loading…</p>;
  if (!session.credentials) {
    return (
      <SignIn
        onSignIn={(credentials) => {
          setSession({ kind: 'user', credentials });
        }}
      />
    );
  }
  return (
    <Dashboard
      credentials={session.credentials}
      preset={session.kind === 'preset'}
      onSignOut={() => {
        forgetCredentials();
        setSession({ kind: 'user', credentials: null });
      }}
    />
  );
}

function Dashboard({
  credentials,
  preset,
  onSignOut,
}: {
  credentials: Credentials;
  preset: boolean;
  onSignOut: () => void;
}) {
  const client = useMemo(() => {
    const created = createDashboardClient(credentials);
    if (currentRoute().view === 'calls') preloadCalls(created.apollo, credentials.locationId);
    return created;
  }, [credentials]);
  useEffect(
    () => () => {
      client.close();
    },
    [client],
  );
  const route = useRoute();
  return (
    <ApolloProvider client={client.apollo}>
      <header className="top">
        <h1>Voice AI calls</h1>
        <nav aria-label="Views">
          <NavLink href="#/calls" current={route.view === 'calls' || route.view === 'call'}>
            Calls
          </NavLink>
          <NavLink href="#/live" current={route.view === 'live'}>
            Live
          </NavLink>
          <NavLink href="#/statistics" current={route.view === 'statistics'}>
            Statistics
          </NavLink>
        </nav>
        <p className="who">
          Location <code>{credentials.locationId}</code>
          {preset ? (
            ' (embedded emulator)'
          ) : (
            <button type="button" className="link" onClick={onSignOut}>
              Sign out
            </button>
          )}
        </p>
      </header>
      <main>
        <Suspense fallback={<p className="status">Loading…</p>}>
          <View route={route} client={client} locationId={credentials.locationId} />
        </Suspense>
      </main>
    </ApolloProvider>
  );
}

function View({ route, client, locationId }: { route: Route; client: DashboardClient; locationId: string }) {
  switch (route.view) {
    case 'calls':
      return <CallsView locationId={locationId} />;
    case 'live':
      return <LiveView locationId={locationId} client={client} />;
    case 'call':
      return <CallDetailView locationId={locationId} id={route.id} />;
    case 'statistics':
      return <StatisticsView locationId={locationId} />;
  }
}

function NavLink({ href, current, children }: { href: string; current: boolean; children: string }) {
  return (
    <a href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}
