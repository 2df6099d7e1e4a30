// Event ingest (DESIGN §7: ≥ 0.8 × raw pg on 1,000-event batches, ≥ 0.5 × on 10-event batches, durable
// commits). 20 simulated headsets post batches of 10, 100 and 1,000 events at once to the built app
// (its own embedded Postgres, default settings: synchronous_commit on). In the same run and on the same
// table, indexes and session rows, with the same rows and the same concurrency: the raw `pg` multi-row
// INSERT and COPY (pool of 10, as the app's), and a minimal node:http handler running the app's SQL.
// The table is emptied before each measurement. `npm run bench ingest` runs this module alone.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { APP_MAIN, freePort, startBuiltApp, tail } from '../../test/support/app-process.js';
import { generateFollowUpCode } from '../../engine/src/follow-up-code.js';
import type { Figure } from '../bench.js';

const HEADSETS = 20;
const POOL_SIZE = 10;
/** Events each headset sends per measurement, by batch size (≤ the per-session ceiling of 5,000). */
const EVENTS_PER_HEADSET: Record<number, number> = { 10: 300, 100: 1000, 1000: 2000 };
/**
 * Each (batch size, variant) is measured this many times, the variants in turn, and the best run is
 * kept: on a machine shared with other work, a burst of load then hits every variant alike.
 */
const ROUNDS = 3;
const BATCH_SIZES = [10, 100, 1000];

interface Row {
  id: string;
  seq: number;
  type: string;
  at: string;
  payload: Record<string, unknown>;
}

/** Latest mtime of the .ts files under `dir`. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the server when dist/ is missing or older than its sources (`npm run build:server`). */
function ensureServerBuild(root: string): void {
  const built = existsSync(APP_MAIN) ? statSync(APP_MAIN).mtimeMs : 0;
  const sources = Math.max(
    ...['server/src', 'migrations', 'engine/src'].map((d) => newestSource(join(root, d))),
  );
  if (built >= sources) return;
  const build = spawnSync('npm', ['run', 'build:server'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (build.status !== 0 || !existsSync(APP_MAIN)) throw new Error('npm run build:server failed');
}

/** What a headset really sends: mostly subtitles, a decision now and then. */
function visitEvents(count: number, scenarioId: string, versionId: string): Row[] {
  const rows: Row[] = [];
  const at = Date.UTC(2026, 10, 23, 10, 0, 0);
  for (let seq = 0; seq < count; seq++) {
    const step = Math.floor(seq / 12);
    let type: string;
    let payload: Record<string, unknown>;
    if (seq === 0) [type, payload] = ['session.started', { scenarioId, versionId }];
    else if (seq % 12 === 10)
      [type, payload] = [
        'choice.offered',
        {
          step,
          path: `decision-${step}`,
          choices: [
            { index: 0, text: 'Je coupe tout et j’appelle mon binôme.' },
            { index: 1, text: 'Je vérifie d’abord le harnais.' },
            { index: 2, text: 'Je continue, on verra bien.' },
          ],
        },
      ];
    else if (seq % 12 === 11)
      [type, payload] = [
        'choice.made',
        { step, choiceIndex: 1, choiceText: 'Je vérifie d’abord le harnais.', method: 'pointer' },
      ];
    else
      [type, payload] = [
        'line.shown',
        {
          lineId: `scene-${step}-${seq % 12}`,
          speaker: 'lea',
          text: 'Bonjour ! Moi c’est Léa. Aujourd’hui, on monte ensemble dans la nacelle pour une visite de contrôle.',
        },
      ];
    rows.push({ id: randomUUID(), seq, type, at: new Date(at + seq * 1000).toISOString(), payload });
  }
  return rows;
}

/** User + system CPU time of a process so far, in ms (0 where /proc is missing). */
function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function p95(latencies: number[]): number {
  const sorted = [...latencies].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
}

interface Measure {
  eventsPerSecond: number;
  p95Ms: number;
}

/** Runs one job list per headset, all headsets at once; each job is one request (one batch). */
async function measure(jobs: (() => Promise<void>)[][], events: number): Promise<Measure> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    jobs.map(async (list) => {
      for (const job of list) {
        const t0 = performance.now();
        await job();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { eventsPerSecond: events / seconds, p95Ms: p95(latencies) };
}

// Keep-alive connections, as a headset's; a fresh pool per measurement (an idle socket left from the
// previous one may be closed by the server's keep-alive timeout just as it is reused).
let agent = new Agent({ keepAlive: true, maxSockets: HEADSETS });

/** Posts one batch; a connection reset before the answer is retried once (the ingest is idempotent). */
async function post(url: URL, body: string): Promise<void> {
  try {
    await postOnce(url, body, false);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'ECONNRESET' && !/socket hang up/.test((error as Error).message)) throw error;
    await postOnce(url, body, true);
  }
}

function postOnce(url: URL, body: string, retry: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => {
          const text = Buffer.concat(parts).toString('utf8');
          if (res.statusCode !== 200)
            return reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
          const { results } = JSON.parse(text) as { results: { status: string }[] };
          // A retried batch may have been stored by the attempt whose answer was lost.
          const acknowledged = (status: string) => status === 'stored' || (retry && status === 'duplicate');
          if (!results.every((r) => acknowledged(r.status)))
            return reject(new Error(`not stored: ${text.slice(0, 300)}`));
          resolve();
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function copyText(sessionId: string, rows: readonly Row[]): string {
  // COPY text format: backslash, tab and newline escaped (JSON text has no raw tab or newline).
  return rows
    .map((r) =>
      [r.id, sessionId, r.seq, r.type, r.at, JSON.stringify(r.payload).replace(/\\/g, '\\\\')].join('\t'),
    )
    .join('\n')
    .concat('\n');
}

function insertText(rows: number): string {
  const tuples: string[] = [];
  for (let i = 0; i < rows; i++) {
    const b = i * 6;
    tuples.push(`($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6})`);
  }
  return `INSERT INTO events (id, session_id, seq, type, at, payload) VALUES ${tuples.join(', ')}`;
}

export async function run(): Promise<Figure[]> {
  const root = process.cwd();
  ensureServerBuild(root);
  const dataDir = mkdtempSync('/tmp/eclore-bench-ingest-');
  // The embedded Postgres runs as the `postgres` user: every parent of its data dir must be traversable.
  chmodSync(dataDir, 0o755);
  const pgPort = await freePort();
  let app: ChildProcess | null = null;
  let minimal: ChildProcess | null = null;
  let pool: pg.Pool | null = null;
  try {
    const started = await startBuiltApp({
      dataDir,
      env: {
        EMBEDDED_PG_PORT: String(pgPort),
        ADMIN_EMAIL: 'bench@eclore.test',
        ADMIN_PASSWORD: 'Mot-de-passe-du-banc-2026',
        ECLORE_CLIENT_DIR: join(dataDir, 'client'),
      },
    });
    app = started.child;
    const password = readFileSync(join(dataDir, 'pg.password'), 'utf8').trim();
    const databaseUrl = `postgres://eclore:${encodeURIComponent(password)}@localhost:${pgPort}/eclore`;
    pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE });
    const db = pool;

    const minimalPort = await freePort();
    minimal = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts/bench/ingest/minimal-server.ts')],
      {
        env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(minimalPort) },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      minimal!.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
      minimal!.once('exit', (code) => reject(new Error(`minimal server exited with ${code}`)));
    });

    const catalog = (await (await fetch(`${started.baseUrl}/api/v1/catalog`)).json()) as {
      scenarios: { id: string; versionId: string }[];
    };
    const { id: scenarioId, versionId } = catalog.scenarios[0]!;

    /** One session per headset: through the API for the app, as rows for the baselines. */
    const openSessions = async (viaApi: boolean): Promise<string[]> => {
      const ids = Array.from({ length: HEADSETS }, () => randomUUID());
      for (const id of ids) {
        const body = {
          id,
          scenarioId,
          versionId,
          followUpCode: generateFollowUpCode(),
          startedAt: new Date().toISOString(),
        };
        if (viaApi) {
          const response = await fetch(`${started.baseUrl}/api/v1/sessions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          if (response.status !== 201) throw new Error(`session: HTTP ${response.status}`);
        } else {
          await db.query(
            `INSERT INTO visitor_sessions (id, follow_up_code_hash, scenario_id, version_id, started_at)
             VALUES ($1, md5(random()::text) || md5(random()::text), $2, $3, now())`,
            [id, scenarioId, versionId],
          );
        }
      }
      return ids;
    };

    type Variant = 'app' | 'raw_pg' | 'copy' | 'http_min';
    // The same sessions for every measurement (the table is emptied in between).
    const appSessions = await openSessions(true);
    const rawSessions = await openSessions(false);
    const processes: Partial<Record<Variant, number | undefined>> = { app: app.pid, http_min: minimal.pid };
    const runVariant = async (variant: Variant, batch: number): Promise<Measure & { cpuMs: number }> => {
      await db.query('TRUNCATE events');
      await db.query('CHECKPOINT');
      const sessions = variant === 'app' ? appSessions : rawSessions;
      agent.destroy();
      agent = new Agent({ keepAlive: true, maxSockets: HEADSETS });
      const pid = processes[variant];
      const cpuBefore = pid ? cpuMsOf(pid) : 0;
      const perHeadset = EVENTS_PER_HEADSET[batch]!;
      const jobs = sessions.map((sessionId) => {
        const batches = chunks(visitEvents(perHeadset, scenarioId, versionId), batch);
        if (variant === 'app' || variant === 'http_min') {
          const base = variant === 'app' ? started.baseUrl : `http://localhost:${minimalPort}`;
          const url = new URL(`${base}/api/v1/sessions/${sessionId}/events`);
          return batches.map((rows) => {
            const body = JSON.stringify({ events: rows });
            return () => post(url, body);
          });
        }
        if (variant === 'raw_pg') {
          const text = insertText(batch);
          return batches.map((rows) => {
            const values = rows.flatMap((r) => [
              r.id,
              sessionId,
              r.seq,
              r.type,
              r.at,
              JSON.stringify(r.payload),
            ]);
            const sql = rows.length === batch ? text : insertText(rows.length);
            return async () => void (await db.query(sql, values));
          });
        }
        return batches.map((rows) => {
          const data = copyText(sessionId, rows);
          return async () => {
            const client = await db.connect();
            try {
              await pipeline(
                Readable.from([data]),
                client.query(copyFrom('COPY events (id, session_id, seq, type, at, payload) FROM STDIN')),
              );
            } finally {
              client.release();
            }
          };
        });
      });
      const result = await measure(jobs, HEADSETS * perHeadset).catch((error: Error) => {
        throw new Error(`${variant}, batches of ${batch}: ${error.message}\n${tail(started.logFile, 15)}`);
      });
      const requests = jobs.reduce((sum, list) => sum + list.length, 0);
      const cpuMs = pid ? (cpuMsOf(pid) - cpuBefore) / requests : 0;
      const [{ n }] = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows;
      if (n !== HEADSETS * perHeadset)
        throw new Error(`${variant}: ${n} rows stored, ${HEADSETS * perHeadset} sent`);
      return { ...result, cpuMs };
    };
    const best = async (variant: Variant, batch: number, runs: (Measure & { cpuMs: number })[]) => {
      runs.push(await runVariant(variant, batch));
    };
    const pick = (runs: (Measure & { cpuMs: number })[]) =>
      runs.reduce((a, b) => (b.eventsPerSecond > a.eventsPerSecond ? b : a));

    // Warm-up: JIT, connections, prepared statements.
    await runVariant('app', 100);
    await runVariant('http_min', 100);
    await runVariant('raw_pg', 100);

    const figures: Figure[] = [];
    for (const batch of BATCH_SIZES) {
      const runs: Record<Variant, (Measure & { cpuMs: number })[]> = {
        app: [],
        raw_pg: [],
        copy: [],
        http_min: [],
      };
      for (let round = 0; round < ROUNDS; round++)
        for (const variant of ['raw_pg', 'copy', 'http_min', 'app'] as const)
          await best(variant, batch, runs[variant]);
      const [raw, copy, httpMin, app] = [
        pick(runs.raw_pg),
        pick(runs.copy),
        pick(runs.http_min),
        pick(runs.app),
      ];
      const name = `ingest.batch_${batch}`;
      figures.push(
        { name: `${name}_events_per_s`, value: app.eventsPerSecond, unit: 'events/s' },
        { name: `${name}_p95_ms`, value: app.p95Ms, unit: 'ms' },
        { name: `${name}_raw_pg_events_per_s`, value: raw.eventsPerSecond, unit: 'events/s' },
        { name: `${name}_copy_events_per_s`, value: copy.eventsPerSecond, unit: 'events/s' },
        { name: `${name}_http_min_events_per_s`, value: httpMin.eventsPerSecond, unit: 'events/s' },
        { name: `${name}_http_min_p95_ms`, value: httpMin.p95Ms, unit: 'ms' },
        // CPU time of the server process per request (Linux /proc): the framework's own cost.
        { name: `${name}_cpu_ms_per_request`, value: app.cpuMs, unit: 'ms' },
        { name: `${name}_http_min_cpu_ms_per_request`, value: httpMin.cpuMs, unit: 'ms' },
        {
          name: batch === 1000 ? 'ingest.vs_raw_pg' : `${name}_vs_raw_pg`,
          value: app.eventsPerSecond / raw.eventsPerSecond,
          unit: 'ratio',
          budget: batch === 1000 ? '≥ 0.8' : batch === 10 ? '≥ 0.5' : undefined,
        },
        { name: `${name}_vs_copy`, value: app.eventsPerSecond / copy.eventsPerSecond, unit: 'ratio' },
        { name: `${name}_vs_http_min`, value: app.eventsPerSecond / httpMin.eventsPerSecond, unit: 'ratio' },
      );
    }
    return figures;
  } finally {
    agent.destroy();
    await pool?.end().catch(() => undefined);
    minimal?.kill('SIGTERM');
    if (app && app.exitCode === null) {
      const exited = new Promise((resolve) => app!.once('exit', resolve));
      app.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (app.exitCode === null) app.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}
