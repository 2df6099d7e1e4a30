// `npm run chaos`: simulated headsets send visits with the outbox's retry rules while the API process
// is killed (SIGKILL) and restarted, and its embedded Postgres is killed too (the app restarts it).
// Ends with one line `chaos: acknowledged=… stored=… lost=… duplicated=… api_kills=… pg_kills=…
// sessions_scored=…/…`; exit 1 unless nothing acknowledged was lost or duplicated and every visit was
// completed with the scores the engine's replay of its choices gives.
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { exitOf, freePort, startBuiltApp, tail, type RunningApp } from '../test/support/app-process.js';
import { SimulatedHeadset, type HeadsetStats } from './chaos/headset.js';
import { recordVisit, sameScores, seeded, type PublishedVersion, type Visit } from './chaos/visits.js';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    'api-kills': { type: 'string', default: '20' },
    'pg-kills': { type: 'string', default: '2' },
    headsets: { type: 'string', default: '20' },
    seed: { type: 'string', default: '20261202' },
    narratives: { type: 'string', default: 'test/integration/fixtures/narratives' },
    keep: { type: 'boolean', default: false },
  },
});
const targetEvents = Number(args.events);
const apiKills = Number(args['api-kills']);
const pgKills = Number(args['pg-kills']);
const headsetCount = Number(args.headsets);
const random = seeded(Number(args.seed));
const progress = (message: string) => process.stderr.write(`[chaos] ${message}\n`);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const root = mkdtempSync('/tmp/eclore-chaos-');
chmodSync(root, 0o755);
const env = {
  ECLORE_NARRATIVES_DIR: resolve(args.narratives),
  ECLORE_CLIENT_DIR: '/nonexistent',
  ADMIN_PASSWORD: 'chaos-mot-de-passe',
  LOG_LEVEL: 'warn',
};

async function published(baseUrl: string): Promise<PublishedVersion> {
  const catalog = (await (await fetch(`${baseUrl}/api/v1/catalog`)).json()) as {
    scenarios: { id: string; versionId: string }[];
  };
  const { id, versionId } = catalog.scenarios[0];
  const version = (await (await fetch(`${baseUrl}/api/v1/scenarios/${id}/versions/${versionId}`)).json()) as {
    story: PublishedVersion['story'];
    referentiel: { competences: { id: string }[] };
  };
  return {
    scenarioId: id,
    versionId,
    story: version.story,
    competencies: version.referentiel.competences.map((c) => c.id),
  };
}

async function untilHealthy(baseUrl: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${baseUrl}/api/health`)
      .then(async (r) => r.ok && ((await r.json()) as { db?: string }).db === 'up')
      .catch(() => false);
    if (ok) return;
    await sleep(100);
  }
  throw new Error('the app did not become healthy again');
}

function postmaster(): { pid: number; port: number } {
  const lines = readFileSync(join(root, 'pg', 'postmaster.pid'), 'utf8').split('\n');
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

async function storedEvents(visits: Visit[]): Promise<Map<string, number>> {
  const password = readFileSync(join(root, 'pg.password'), 'utf8').trim();
  const client = new pg.Client({
    connectionString: `postgres://eclore:${encodeURIComponent(password)}@localhost:${postmaster().port}/eclore`,
  });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; n: number }>(
      'SELECT id::text AS id, count(*)::int AS n FROM events WHERE session_id = ANY($1::uuid[]) GROUP BY id',
      [visits.map((v) => v.session.id)],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  } finally {
    await client.end();
  }
}

/** The app process of the moment, stopped if the run fails. */
let app: RunningApp | undefined;

async function main(): Promise<number> {
  const port = await freePort();
  progress(`app on port ${port}, data in ${root}`);
  app = await startBuiltApp({ dataDir: root, port, env });
  const baseUrl = app.baseUrl;
  const version = await published(baseUrl);

  const visits: Visit[] = [];
  let generated = 0;
  while (generated < targetEvents) {
    const visit = recordVisit(version, random);
    visits.push(visit);
    generated += visit.events.length;
  }
  progress(`${visits.length} visits, ${generated} events, ${headsetCount} headsets`);

  const stats: HeadsetStats = {
    acknowledged: new Set(),
    rejected: [],
    completions: new Map(),
    requests: 0,
    failures: 0,
  };
  const headsets = Array.from(
    { length: headsetCount },
    () =>
      new SimulatedHeadset({
        baseUrl,
        stats,
        random,
        batchSize: 1 + Math.floor(random() * 20),
        initialDelayMs: 100,
        maxDelayMs: 2000,
      }),
  );
  const running = headsets.map((h) => h.run());

  // Kills in order, Postgres ones spread among the API ones; before each, a share of the visits
  // starts, so every kill lands while requests are in flight.
  const kills = Array.from({ length: apiKills + pgKills }, () => 'api' as 'api' | 'pg');
  for (let j = 0; j < pgKills; j++) kills[Math.floor(((j + 1) * kills.length) / (pgKills + 1))] = 'pg';
  const releases = kills.length + 1;
  const release = (r: number) => {
    visits.forEach((visit, i) => {
      if (Math.floor((i * releases) / visits.length) !== r) return;
      const headset = headsets[i % headsetCount];
      // Half of the visits send their events in two goes (the visitor is still playing).
      const cut = random() < 0.5 ? Math.floor(visit.events.length / 2) : visit.events.length;
      headset.enqueue(visit, visit.events.slice(0, cut), true, cut === visit.events.length);
      if (cut < visit.events.length)
        setTimeout(() => headset.enqueue(visit, visit.events.slice(cut), false, true), 200);
    });
  };

  let apiKilled = 0;
  let pgKilled = 0;
  for (const [r, kind] of kills.entries()) {
    release(r);
    await sleep(200 + random() * 1000);
    if (kind === 'api') {
      app.child.kill('SIGKILL');
      await exitOf(app.child);
      apiKilled++;
      app = await startBuiltApp({ dataDir: root, port, env });
    } else {
      process.kill(postmaster().pid, 'SIGKILL');
      pgKilled++;
      await sleep(300);
      await untilHealthy(app.baseUrl);
    }
    progress(`kill ${r + 1}/${kills.length} (${kind}): ${stats.acknowledged.size} events acknowledged`);
  }
  release(kills.length);

  const deadline = Date.now() + 10 * 60_000;
  while (headsets.some((h) => h.pending > 0) && Date.now() < deadline) await sleep(200);
  for (const headset of headsets) headset.close();
  await Promise.all(running);

  const stored = await storedEvents(visits);
  const lost = [...stats.acknowledged].filter((id) => !stored.has(id)).length;
  const duplicated = [...stored.values()].reduce((sum, n) => sum + (n - 1), 0);
  const scored = visits.filter((v) => {
    const scores = stats.completions.get(v.session.id);
    return scores !== undefined && sameScores(scores, v.expectedScores);
  }).length;
  const unacknowledged = generated - stats.acknowledged.size;
  progress(
    `${stats.requests} requests, ${stats.failures} failed and retried, ${stats.rejected.length} refused for good, ${unacknowledged} never acknowledged`,
  );
  for (const refusal of stats.rejected.slice(0, 5)) progress(`refused: ${JSON.stringify(refusal)}`);

  app.child.kill('SIGTERM');
  const exit = await exitOf(app.child);
  if (exit.code !== 0) progress(`the app exited with ${JSON.stringify(exit)}:\n${tail(app.logFile)}`);
  if (!args.keep) rmSync(root, { recursive: true, force: true });

  process.stdout.write(
    `chaos: acknowledged=${stats.acknowledged.size} stored=${stored.size} lost=${lost} duplicated=${duplicated} ` +
      `api_kills=${apiKilled} pg_kills=${pgKilled} sessions_scored=${scored}/${visits.length}\n`,
  );
  const ok = lost === 0 && duplicated === 0 && scored === visits.length && unacknowledged === 0;
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    progress(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (app) {
      progress(`server log:\n${tail(app.logFile)}`);
      app.child.kill('SIGTERM');
      await exitOf(app.child);
    }
    process.exit(2);
  },
);
