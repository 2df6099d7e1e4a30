// The staff PIN that guards « Personnel » on a paired headset. The device keeps a salted PBKDF2
// hash (to check offline); the server keeps its own scrypt hash and is asked first when online
// (`/api/v1/devices/me/pin/check`, device-authenticated). Never stored in clear.
import { HttpError, requestJson } from '../shared/http.js';

const PIN_KEY = 'eclore.casque.pin';
const ITERATIONS = 150_000;
export const PIN_PATTERN = /^\d{4,8}$/;

export type PinCheck = 'ok' | 'wrong' | 'not-set';

function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return toBase64(bits);
}

export function hasLocalPin(): boolean {
  try {
    return localStorage.getItem(PIN_KEY) !== null;
  } catch {
    return false;
  }
}

export function forgetLocalPin(): void {
  try {
    localStorage.removeItem(PIN_KEY);
  } catch {
    // nothing stored
  }
}

async function storeLocal(pin: string): Promise<void> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, ITERATIONS);
  localStorage.setItem(PIN_KEY, `pbkdf2$${ITERATIONS}$${toBase64(salt)}$${hash}`);
}

async function matchesLocal(pin: string): Promise<boolean> {
  const stored = localStorage.getItem(PIN_KEY);
  const [scheme, iterations, salt, hash] = stored?.split('$') ?? [];
  if (scheme !== 'pbkdf2' || !salt || !hash) return false;
  return (await derive(pin, fromBase64(salt), Number(iterations))) === hash;
}

/** Sets the PIN on the server (online only), then on the device. */
export async function setStaffPin(pin: string, currentPin?: string): Promise<void> {
  await requestJson('/api/v1/devices/me/pin', {
    method: 'PUT',
    body: currentPin ? { pin, currentPin } : { pin },
  });
  await storeLocal(pin);
}

/** Checks a PIN: with the server when it answers, else with the device's own hash. */
export async function checkStaffPin(pin: string): Promise<PinCheck> {
  if (!PIN_PATTERN.test(pin)) return 'wrong';
  try {
    await requestJson('/api/v1/devices/me/pin/check', { method: 'POST', body: { pin } });
    // The server's PIN wins: the device's copy follows it (changed from another headset panel).
    if (!(await matchesLocal(pin))) await storeLocal(pin);
    return 'ok';
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    if (error.code === 'STAFF_PIN_WRONG') return 'wrong';
    if (error.code === 'STAFF_PIN_NOT_SET') {
      // Set offline at pairing time: the server learns it now.
      if (hasLocalPin() && (await matchesLocal(pin))) {
        await setStaffPin(pin).catch(() => undefined);
        return 'ok';
      }
      return hasLocalPin() ? 'wrong' : 'not-set';
    }
    // Offline (or the server is down): the device's hash decides.
    if (!hasLocalPin()) return 'not-set';
    return (await matchesLocal(pin)) ? 'ok' : 'wrong';
  }
}
