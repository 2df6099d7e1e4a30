import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { BrowserTestState } from './state.js';

/** One query on the database of the server under test (embedded Postgres: port from its log, password beside its data). */
export async function queryServerDb<T>(
  state: BrowserTestState,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const port = /port (\d+)\)/.exec(readFileSync(state.logFile, 'utf8'))?.[1];
  const client = new pg.Client({
    host: 'localhost',
    port: Number(port),
    user: 'eclore',
    password: readFileSync(join(state.dataDir, 'pg.password'), 'utf8').trim(),
    database: 'eclore',
  });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Cookie and CSRF headers of a staff session (server-side sessions, docs/staff-api.md). */
export function staffHeaders(login: Response, body: { csrfToken: string }): Record<string, string> {
  const cookie = /eclore_staff=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error('Login set no session cookie');
  return { cookie, 'x-csrf-token': body.csrfToken };
}

/** Logs in through the API and returns the headers that authenticate the admin's requests. */
export async function apiLogin(
  state: Pick<BrowserTestState, 'baseUrl' | 'adminEmail' | 'adminPassword'>,
): Promise<Record<string, string>> {
  const response = await fetch(`${state.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: state.adminEmail, password: state.adminPassword }),
  });
  if (!response.ok) throw new Error(`Login failed: ${response.status}`);
  return staffHeaders(response, (await response.json()) as { csrfToken: string });
}
