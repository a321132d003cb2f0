// Which credential and location the dashboard reads. On the embedded emulator the gateway says (config.json, served
// only when it runs the emulator: its tokens read nothing but the emulator). Against HighLevel the user types them,
// and they are kept in sessionStorage only: gone when the tab closes, never written to disk by the app.
export interface Credentials {
  token: string;
  locationId: string;
}

const STORAGE_KEY = 'dashboard.credentials';

/** The gateway's preset (the embedded emulator's token and location), or null: ask the user. */
export async function presetCredentials(): Promise<Credentials | null> {
  try {
    const response = await fetch(new URL('config.json', document.baseURI));
    if (!response.ok) return null;
    const body: unknown = await response.json();
    return isRecord(body) && isCredentials(body['preset']) ? body['preset'] : null;
  } catch {
    return null;
  }
}

export function storedCredentials(): Credentials | null {
  const text = sessionStorage.getItem(STORAGE_KEY);
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isCredentials(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeCredentials(credentials: Credentials): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(credentials));
}

export function forgetCredentials(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isCredentials(value: unknown): value is Credentials {
  return (
    isRecord(value) &&
    typeof value['token'] === 'string' &&
    value['token'] !== '' &&
    typeof value['locationId'] === 'string' &&
    value['locationId'] !== ''
  );
}
