import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../../../server/src/app.js';
import { loadConfig, type AppConfig } from '../../../server/src/config/config.js';
import { ensureDatabase } from '../../../server/src/database/embedded-postgres.js';
import { SeedService, type SeedReport } from '../../../server/src/modules/seed/seed.service.js';

export const FIXTURE_NARRATIVES = resolve(__dirname, '../fixtures/narratives');
export const ADMIN = { email: 'admin@test.eclore', password: 'mot-de-passe-de-test' };

// Response bodies are checked by the assertions, not by the compiler.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyJson = any;

export interface ApiResponse<T = AnyJson> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  body?: unknown;
  /** Sent as is (for malformed JSON). */
  rawBody?: string;
  /**
   * Staff credentials from `login()`: sent as the session cookie, plus `X-CSRF-Token` on unsafe
   * methods (set `csrf: false` to leave it out).
   */
  token?: string;
  csrf?: boolean;
  headers?: Record<string, string>;
}

export interface StaffSignIn {
  /** Opaque credentials for `api(…, { token })`. */
  token: string;
  sessionToken: string;
  csrfToken: string;
  setCookie: string;
  user: AnyJson;
}

/** `<session token> <csrf token>`: what `login()` hands to `api()`. */
export function staffCredentials(sessionToken: string, csrfToken: string): string {
  return `${sessionToken} ${csrfToken}`;
}

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  databaseUrl: string;
  dataSource: DataSource;
  baseUrl: string;
  seedReport: SeedReport;
  api<T = AnyJson>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  /** Signs in; the opaque credentials go in `token` of `api()`. */
  login(email?: string, password?: string): Promise<string>;
  /** Signs in and returns the raw session cookie value, CSRF token and user. */
  signIn(email?: string, password?: string): Promise<StaffSignIn>;
  close(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.ECLORE_TEST_PG_SERVER_URL;
  if (!url)
    throw new Error('ECLORE_TEST_PG_SERVER_URL is unset: run through `jest --selectProjects integration`.');
  return url;
}

/** A fresh database in the global cluster (one per test file keeps files independent). */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `eclore_test_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(serverUrl(), name);
  return {
    url: `${serverUrl()}/${name}`,
    drop: async () => {
      const client = new pg.Client({ connectionString: `${serverUrl()}/postgres` });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The whole app on its own database, migrations applied, seeded, listening on a free port. */
export async function startTestApp(
  options: { narrativesDir?: string; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync('/tmp/eclore-it-data-');
  chmodSync(dataDir, 0o755);
  const config = loadConfig({
    ECLORE_DATA_DIR: dataDir,
    ECLORE_NARRATIVES_DIR: options.narrativesDir ?? FIXTURE_NARRATIVES,
    ECLORE_CLIENT_DIR: join(dataDir, 'client'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ...options.env,
  });
  const app = await createApp({
    config,
    databaseUrl: database.url,
    authSecret: randomBytes(32).toString('hex'),
    logLevels: false,
  });
  const seedReport = await app.get(SeedService).run();
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;

  const api = async <T>(
    method: string,
    path: string,
    request: RequestOptions = {},
  ): Promise<ApiResponse<T>> => {
    const headers: Record<string, string> = { ...request.headers };
    let body: string | undefined;
    if (request.rawBody !== undefined) body = request.rawBody;
    else if (request.body !== undefined) body = JSON.stringify(request.body);
    if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    if (request.token) {
      const [sessionToken, csrfToken] = request.token.split(' ');
      headers.cookie = `eclore_staff=${sessionToken}`;
      if (request.csrf !== false && !['GET', 'HEAD'].includes(method) && csrfToken)
        headers['x-csrf-token'] = csrfToken;
    }
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (HTML pages)
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  };

  const signIn = async (email = ADMIN.email, password = ADMIN.password): Promise<StaffSignIn> => {
    const response = await api<{ csrfToken: string; user: AnyJson }>('POST', '/api/v1/auth/login', {
      body: { email, password },
    });
    if (response.status !== 200)
      throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
    const setCookie = response.headers.get('set-cookie') ?? '';
    const sessionToken = /eclore_staff=([^;]+)/.exec(setCookie)?.[1];
    if (!sessionToken) throw new Error(`login set no session cookie: ${setCookie}`);
    const { csrfToken, user } = response.body;
    return { token: staffCredentials(sessionToken, csrfToken), sessionToken, csrfToken, setCookie, user };
  };

  return {
    app,
    config,
    databaseUrl: database.url,
    dataSource: app.get(DataSource),
    baseUrl,
    seedReport,
    api,
    async login(email = ADMIN.email, password = ADMIN.password) {
      return (await signIn(email, password)).token;
    },
    signIn,
    async close() {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
