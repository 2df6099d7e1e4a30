// Two app processes on one database (DESIGN §9): started cold at the same moment on an empty
// database, they must both come up, seed once, and share limits, secrets and ingest.
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { generateFollowUpCode } from '../../engine/src/follow-up-code.js';
import { startBuiltApp, type RunningApp } from '../support/app-process.js';
import { createTestDatabase } from './support/test-app.js';

jest.setTimeout(240_000);

const PASSWORD = 'mot-de-passe-de-test';
const ENV = {
  ECLORE_NARRATIVES_DIR: resolve('test/integration/fixtures/narratives'),
  ECLORE_CLIENT_DIR: '/nonexistent',
  ADMIN_PASSWORD: PASSWORD,
  LOG_LEVEL: 'warn',
};

interface Pair {
  apps: RunningApp[];
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** Two instances, no AUTH_SECRET, started together on a fresh database. */
async function startPair(): Promise<Pair> {
  const database = await createTestDatabase();
  const roots = [0, 1].map(() => {
    const root = mkdtempSync('/tmp/eclore-pair-');
    chmodSync(root, 0o755);
    return root;
  });
  const started = await Promise.allSettled(
    roots.map((dataDir) => startBuiltApp({ dataDir, env: { ...ENV, DATABASE_URL: database.url } })),
  );
  const apps = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const pair: Pair = {
    apps,
    query: async (sql, params) => (await client.query(sql, params)).rows,
    close: async () => {
      for (const app of apps) app.child.kill('SIGKILL');
      await client.end();
      await database.drop();
      for (const root of roots) rmSync(root, { recursive: true, force: true });
    },
  };
  const failures = started.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
  if (failures.length > 0) {
    await pair.close();
    throw new Error(`an instance failed to start:\n${failures.join('\n')}`);
  }
  return pair;
}

async function call(
  app: RunningApp,
  method: string,
  path: string,
  body?: unknown,
  auth: Record<string, string> = {},
) {
  const headers: Record<string, string> = { ...auth };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${app.baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

describe('two instances on one database', () => {
  it.each([2, 3])('should both start cold at the same time and seed one admin (try %i)', async () => {
    const pair = await startPair();
    try {
      for (const app of pair.apps) expect((await call(app, 'GET', '/api/health')).status).toBe(200);
      expect(await pair.query("SELECT count(*)::int AS n FROM staff_users WHERE role = 'admin'")).toEqual([
        { n: 1 },
      ]);
    } finally {
      await pair.close();
    }
  });

  describe('started together (try 1)', () => {
    let pair: Pair;
    let a: RunningApp;
    let b: RunningApp;

    beforeAll(async () => {
      pair = await startPair();
      [a, b] = pair.apps;
    });

    afterAll(() => pair?.close());

    it('should seed one admin, one scenario version and one shared secret', async () => {
      expect(await pair.query("SELECT count(*)::int AS n FROM staff_users WHERE role = 'admin'")).toEqual([
        { n: 1 },
      ]);
      expect(await pair.query('SELECT count(*)::int AS n FROM scenario_versions')).toEqual([{ n: 1 }]);
      expect(
        await pair.query("SELECT count(*)::int AS n FROM app_secrets WHERE name = 'auth_secret'"),
      ).toEqual([{ n: 1 }]);
    });

    it('should accept on one instance a staff token issued by the other', async () => {
      const login = await call(a, 'POST', '/api/v1/auth/login', {
        email: 'admin@eclore.local',
        password: PASSWORD,
      });
      expect(login.status).toBe(200);
      // The staff session lives in Postgres: the cookie set by one instance opens the other.
      const cookie = /eclore_staff=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';
      expect(cookie).not.toBe('');
      expect((await call(b, 'GET', '/api/v1/devices', undefined, { cookie })).status).toBe(200);
    });

    it('should count a rate limit once across both instances', async () => {
      // Pairing allows 10 attempts a minute per address: 10 split across both pass, the 11th is refused.
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++)
        statuses.push(
          (await call(i % 2 ? b : a, 'POST', '/api/v1/devices/pair', { code: '000-000' })).status,
        );
      expect(statuses.filter((s) => s === 429)).toEqual([]);
      for (const app of [a, b]) {
        const refused = await call(app, 'POST', '/api/v1/devices/pair', { code: '000-000' });
        expect(refused.status).toBe(429);
        expect(refused.body.code).toBe('RATE_LIMITED');
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    });

    it('should run each queued job once, on either instance, with one nightly schedule', async () => {
      const login = await call(a, 'POST', '/api/v1/auth/login', {
        email: 'admin@eclore.local',
        password: PASSWORD,
      });
      const auth = {
        cookie: /eclore_staff=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '',
        'x-csrf-token': login.body.csrfToken as string,
      };
      // Both instances asked at once, twice: the queue keeps one waiting, each job runs once.
      const asked = await Promise.all(
        [a, b, a, b].map((app) => call(app, 'POST', '/api/v1/retention/purges', undefined, auth)),
      );
      for (const answer of asked) expect(answer.status).toBe(202);
      const ids = [...new Set(asked.map((answer) => answer.body.id as string))];
      for (const id of ids) {
        let state = '';
        for (let i = 0; i < 150 && state !== 'completed'; i++) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          state = (await call(i % 2 ? a : b, 'GET', `/api/v1/retention/purges/${id}`, undefined, auth)).body
            .state;
        }
        expect(state).toBe('completed');
      }
      expect(
        await pair.query("SELECT count(*)::int AS n FROM audit_log WHERE action = 'retention.purged'"),
      ).toEqual([{ n: ids.length }]);
      expect(await pair.query('SELECT name FROM pgboss.schedule')).toEqual([{ name: 'retention-purge' }]);
    });

    it('should store every event once when batches are sent, and re-sent, to both instances', async () => {
      const catalog = await call(a, 'GET', '/api/v1/catalog');
      const { id: scenarioId, versionId } = catalog.body.scenarios[0];
      const sessionId = randomUUID();
      const session = {
        id: sessionId,
        scenarioId,
        versionId,
        followUpCode: generateFollowUpCode(),
        startedAt: new Date().toISOString(),
      };
      const opened = await Promise.all([
        call(a, 'POST', '/api/v1/sessions', session),
        call(b, 'POST', '/api/v1/sessions', session),
      ]);
      expect(opened.map((o) => o.status).sort()).toEqual([200, 201]);
      const events = Array.from({ length: 60 }, (_, seq) => ({
        id: randomUUID(),
        seq,
        type: 'line.shown',
        at: new Date().toISOString(),
        payload: { lineId: `l${seq}`, text: `Réplique ${seq}.` },
      }));
      for (let start = 0; start < events.length; start += 6) {
        const batch = { events: events.slice(start, start + 6) };
        // The same batch to both at once (a retry that raced the first answer).
        const answers = await Promise.all(
          [a, b].map((app) => call(app, 'POST', `/api/v1/sessions/${sessionId}/events`, batch)),
        );
        for (const answer of answers) expect(answer.status).toBe(200);
      }
      expect(
        await pair.query(
          'SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM events WHERE session_id = $1',
          [sessionId],
        ),
      ).toEqual([{ n: 60, d: 60 }]);
    });
  });
});
