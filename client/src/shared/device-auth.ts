// The headset's pairing token: kept on this device (it survives visitor resets and restarts),
// sent as `Authorization: Device <token>` on the headset's API calls, never shown. A token the
// server refuses (revoked headset) is forgotten and the call is made again unpaired, so a visit
// never fails and the outbox never loses an event over it.

const TOKEN_KEY = 'eclore.casque.jeton';
const REVOKED_KEY = 'eclore.casque.revoque';

export type PairingState = 'paired' | 'unpaired' | 'revoked';

const listeners = new Set<(state: PairingState) => void>();

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    // storage disabled: the headset works unpaired
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // same as above
  }
}

export function deviceToken(): string | null {
  return read(TOKEN_KEY);
}

export function pairingState(): PairingState {
  if (deviceToken()) return 'paired';
  return read(REVOKED_KEY) ? 'revoked' : 'unpaired';
}

function changed(): void {
  const state = pairingState();
  for (const listener of listeners) listener(state);
}

export function storeDeviceToken(token: string): void {
  write(TOKEN_KEY, token);
  write(REVOKED_KEY, null);
  changed();
}

/** Unpairing by staff (`revoked: false`) or a token the server refused (`revoked: true`). */
export function forgetDeviceToken(revoked: boolean): void {
  write(TOKEN_KEY, null);
  write(REVOKED_KEY, revoked ? new Date().toISOString() : null);
  changed();
}

/** Called on every change of the pairing; returns the unsubscribe function. */
export function onPairingChange(listener: (state: PairingState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function refusedToken(response: Response): Promise<boolean> {
  if (response.status !== 401) return false;
  try {
    const body = (await response.clone().json()) as { code?: unknown };
    return body.code === 'DEVICE_TOKEN_INVALID';
  } catch {
    return false;
  }
}

/**
 * `fetch` as this headset: with its Device header when paired. A refused token is forgotten
 * (the staff panel says so) and the request is sent again without it.
 */
export async function fetchAsDevice(url: string, init: RequestInit = {}): Promise<Response> {
  const token = deviceToken();
  if (!token) return fetch(url, init);
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Device ${token}`);
  const response = await fetch(url, { ...init, headers });
  if (!(await refusedToken(response))) return response;
  // Another call may already have forgotten it, or staff paired again meanwhile.
  if (deviceToken() === token) forgetDeviceToken(true);
  return fetch(url, init);
}
