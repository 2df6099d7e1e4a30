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

/** Logs in through the API and returns the staff bearer token. */
export async function apiLogin(state: BrowserTestState): Promise<string> {
  const response = await fetch(`${state.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: state.adminEmail, password: state.adminPassword }),
  });
  if (!response.ok) throw new Error(`Login failed: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}
