/// <reference lib="dom" />
// Staff API calls from a test (cookie session + CSRF token, docs/staff-api.md) and the sign-in of
// the back-office in a page.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { formatFollowUpCode, generateFollowUpCode } from '../../../engine/src/follow-up-code.js';
import { staffHeaders } from './database.js';
import type { BrowserTestState } from './state.js';

export interface StaffClient {
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
}

/** Signs in through the API; the returned client sends the cookie and the CSRF token. */
export async function staffClient(baseUrl: string, email: string, password: string): Promise<StaffClient> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`Sign-in failed for ${email}: ${login.status}`);
  const headers = staffHeaders(login, (await login.json()) as { csrfToken: string });
  return {
    async call<T>(method: string, path: string, body?: unknown) {
      const response = await fetch(`${baseUrl}/api/v1${path}`, {
        method,
        headers: {
          ...headers,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
    },
  };
}

export function adminClient(state: BrowserTestState): Promise<StaffClient> {
  return staffClient(state.baseUrl, state.adminEmail, state.adminPassword);
}

/** Opens the back-office and signs in with the form; waits for the navigation. */
export async function signInBackOffice(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('button', { name: 'Se déconnecter', exact: true }).waitFor();
}

/** A headset paired to `siteId` through the API: its device token. */
export async function pairedDeviceToken(
  baseUrl: string,
  admin: StaffClient,
  siteId: string,
  label: string,
): Promise<{ deviceId: string; token: string }> {
  const created = await admin.call<{ code: string }>('POST', '/devices/pairing-codes', { siteId, label });
  if (created.status !== 201) throw new Error(`Pairing code refused: ${created.status}`);
  const paired = await fetch(`${baseUrl}/api/v1/devices/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: created.body.code }),
  });
  return (await paired.json()) as { deviceId: string; token: string };
}

/**
 * Errors left once the expected 401s are removed: the back-office asks `/auth/me` on load to know
 * whether its HttpOnly cookie still holds a session, and a stale session is answered 401.
 */
export function unexpectedErrors(errors: string[]): string[] {
  return errors.filter((e) => !/\/api\/v1\/auth\/me$/.test(e) && !/status of 401 \(Unauthorized\)/.test(e));
}

/**
 * A completed visit recorded through the API by a paired headset (its site is the headset's),
 * always the first answer: its follow-up code. Faster than playing it in a page.
 */
export async function apiVisit(
  baseUrl: string,
  deviceToken: string,
  scenarioId: string,
  decisions: number,
): Promise<string> {
  const headers = { authorization: `Device ${deviceToken}`, 'content-type': 'application/json' };
  const catalog = (await (await fetch(`${baseUrl}/api/v1/catalog`)).json()) as {
    scenarios: { id: string; versionId: string }[];
  };
  const versionId = catalog.scenarios.find((s) => s.id === scenarioId)!.versionId;
  const id = randomUUID();
  const followUpCode = formatFollowUpCode(generateFollowUpCode());
  const post = async (path: string, body: unknown): Promise<void> => {
    const response = await fetch(`${baseUrl}/api/v1/sessions${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST /sessions${path}: ${response.status} ${await response.text()}`);
  };
  await post('', { id, scenarioId, versionId, followUpCode, startedAt: new Date().toISOString() });
  await post(`/${id}/events`, {
    events: Array.from({ length: decisions }, (_, step) => ({
      id: randomUUID(),
      seq: step + 1,
      type: 'choice.made',
      at: new Date().toISOString(),
      payload: { step, choiceIndex: 0, choiceText: `choix ${step}`, method: 'pointer' },
    })),
  });
  await post(`/${id}/complete`, {});
  return followUpCode;
}
