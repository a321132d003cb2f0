// Hash routes, so that the gateway serves one index.html for every view: #/calls, #/live, #/calls/<id>,
// #/statistics.
import { useEffect, useState } from 'react';

export type Route = { view: 'calls' } | { view: 'live' } | { view: 'call'; id: string } | { view: 'statistics' };

function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] === 'live') return { view: 'live' };
  if (parts[0] === 'statistics') return { view: 'statistics' };
  if (parts[0] === 'calls' && parts[1]) return { view: 'call', id: decodeURIComponent(parts[1]) };
  return { view: 'calls' };
}

export function callHref(id: string): string {
  return `#/calls/${encodeURIComponent(id)}`;
}

export function currentRoute(): Route {
  return parseRoute(window.location.hash);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const onChange = () => {
      setRoute(currentRoute());
    };
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
    };
  }, []);
  return route;
}
