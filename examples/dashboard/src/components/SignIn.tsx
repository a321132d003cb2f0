// Against the real HighLevel API: the user's own token and location, kept in sessionStorage only.
import { type SyntheticEvent, useState } from 'react';

import { type Credentials, storeCredentials } from '../session';

export function SignIn({ onSignIn }: { onSignIn: (credentials: Credentials) => void }) {
  const [token, setToken] = useState('');
  const [locationId, setLocationId] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const credentials = { token: token.trim(), locationId: locationId.trim() };
    if (!credentials.token || !credentials.locationId) return;
    storeCredentials(credentials);
    onSignIn(credentials);
  };
  return (
    <main className="sign-in">
      <h1>Voice AI calls</h1>
      <p>
        Sign in with a HighLevel sub-account access token or Private Integration Token. It stays in this tab only
        (sessionStorage) and is sent to this gateway alone.
      </p>
      <form onSubmit={submit}>
        <label>
          Token
          <input
            type="password"
            autoComplete="off"
            required
            value={token}
            onChange={(event) => {
              setToken(event.target.value);
            }}
          />
        </label>
        <label>
          Location id
          <input
            required
            value={locationId}
            onChange={(event) => {
              setLocationId(event.target.value);
            }}
          />
        </label>
        <button type="submit">Open the dashboard</button>
      </form>
    </main>
  );
}
