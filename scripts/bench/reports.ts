// `npm run bench reports`: the funder report over 1M visits (issue #12). A throw-away embedded Postgres
// (migrations applied) is seeded in SQL (reports/seed.sql.ts), the rollups filled from it, then, in the
// same run: the report as the app computes it (the rollup reads of reports.sql.ts + buildReport, with
// the suppression) against the same report from the raw tables (reports/raw.sql.ts), both must agree;
// and the anonymised per-visit export (COPY … TO STDOUT, the app's statement), rows per second.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { freePort } from '../../test/support/app-process.js';
import { startEmbeddedPostgres } from '../../server/src/database/embedded-postgres.js';
import { buildReport, type ScenarioMeta } from '../../server/src/modules/reports/report-builder.js';
import {
  REPORT_ANSWERS,
  REPORT_COMPETENCIES,
  REPORT_VISITS,
  visitsCopySql,
  type AnswerRollupRow,
  type CompetencyRollupRow,
  type VisitRollupRow,
} from '../../server/src/modules/reports/reports.sql.js';
import type { Figure } from '../bench.js';
import { FILL_ROLLUPS, RAW_ANSWERS, RAW_COMPETENCIES, RAW_VISITS } from './reports/raw.sql.js';
import { seedStatements } from './reports/seed.sql.js';

const VISITS = Number(process.env.BENCH_REPORTS_VISITS ?? 1_000_000);
const ROLLUP_RUNS = 200;
const RAW_RUNS = 6;

interface Query {
  from: string;
  to: string;
  siteIds: string[] | null;
  scenarioIds: string[] | null;
}

const p95 = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
};

const monthStart = (monthsAgo: number) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - monthsAgo);
  return d.toISOString().slice(0, 8) + '01';
};

export async function run(): Promise<Figure[]> {
  const dataDir = mkdtempSync('/tmp/eclore-bench-reports-');
  // The embedded Postgres runs as the `postgres` user: every parent of its data dir must be traversable.
  chmodSync(dataDir, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir: `${dataDir}/pg`, port: await freePort() });
  const pool = new pg.Pool({ connectionString: postgres.url, max: 6 });
  try {
    const migrations = new DataSource({ type: 'postgres', url: postgres.url, migrations: MIGRATIONS });
    await migrations.initialize();
    await migrations.runMigrations({ transaction: 'each' });
    await migrations.destroy();

    const seedStarted = performance.now();
    const seeder = await pool.connect();
    try {
      for (const sql of seedStatements(VISITS)) await seeder.query(sql);
      for (const sql of FILL_ROLLUPS) await seeder.query(sql);
    } finally {
      seeder.release();
    }
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    const sites = (
      await pool.query<{ id: string; name: string }>('SELECT id::text, name FROM sites ORDER BY name')
    ).rows;
    const scenarioRows = (
      await pool.query<{ id: string; title: string; sector: string }>(
        'SELECT id, title, sector FROM scenarios ORDER BY sector, title',
      )
    ).rows;
    const scenarios: ScenarioMeta[] = scenarioRows.map((s) => ({ ...s, competencies: {} }));
    const queries: Query[] = [
      { from: monthStart(23), to: monthStart(0), siteIds: null, scenarioIds: null },
      { from: monthStart(11), to: monthStart(0), siteIds: [sites[0]!.id], scenarioIds: null },
      {
        from: monthStart(2),
        to: monthStart(0),
        siteIds: null,
        scenarioIds: scenarios.filter((s) => s.sector === 'Énergie').map((s) => s.id),
      },
    ];

    /** One report, as the service builds it: reads in parallel, then the suppression. */
    const report = async (q: Query, raw: boolean) => {
      const values = [q.from, q.to, q.siteIds, q.scenarioIds];
      const [visits, answers, competencies] = await Promise.all([
        pool.query<VisitRollupRow>(raw ? { text: RAW_VISITS, values } : { ...REPORT_VISITS, values }),
        pool.query<AnswerRollupRow>(raw ? { text: RAW_ANSWERS, values } : { ...REPORT_ANSWERS, values }),
        pool.query<CompetencyRollupRow>(
          raw ? { text: RAW_COMPETENCIES, values } : { ...REPORT_COMPETENCIES, values },
        ),
      ]);
      const inScope = q.siteIds ? sites.filter((s) => q.siteIds!.includes(s.id)) : sites;
      return buildReport({
        period: { from: q.from.slice(0, 7), to: q.to.slice(0, 7) },
        filters: { siteId: null, sector: null, scenarioId: null },
        sites: inScope,
        scenarios: q.scenarioIds ? scenarios.filter((s) => q.scenarioIds!.includes(s.id)) : scenarios,
        visits: visits.rows,
        answers: answers.rows,
        competencies: competencies.rows,
        generatedAt: new Date(0),
      });
    };
    const time = async (runs: number, raw: boolean) => {
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await report(queries[i % queries.length]!, raw);
        samples.push(performance.now() - started);
      }
      return samples;
    };

    // Same figures both ways (the rollups are only useful if they are right).
    for (const q of queries) {
      const [fromRollups, fromRaw] = [await report(q, false), await report(q, true)];
      if (JSON.stringify(fromRollups) !== JSON.stringify(fromRaw))
        throw new Error(`rollups and raw tables disagree for ${JSON.stringify(q)}`);
    }
    await time(20, false); // warm-up (plans, caches)
    const rollupP95 = p95(await time(ROLLUP_RUNS, false));
    const rawP95 = p95(await time(RAW_RUNS, true));

    // The per-visit export over the whole period, as the admins' download streams it.
    const client = await pool.connect();
    let rows = -1; // the header line
    let exportSeconds: number;
    try {
      const started = performance.now();
      const stream = client.query(
        copyTo(visitsCopySql(monthStart(24), monthStart(0), null, null, { sites, scenarios })),
      );
      await pipeline(
        stream,
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows++;
            done();
          },
        }),
      );
      exportSeconds = (performance.now() - started) / 1000;
    } finally {
      client.release();
    }
    if (rows < VISITS * 0.99) throw new Error(`the export streamed ${rows} rows out of ${VISITS}`);

    return [
      { name: 'reports.seed_s', value: seedSeconds, unit: 's' },
      { name: 'reports.raw_p95_ms', value: rawP95, unit: 'ms' },
      {
        name: 'reports.p95_ms',
        value: rollupP95,
        unit: 'ms',
        budget: '≤ 50 ms',
        baseline: { name: 'raw_p95_ms', value: rawP95 },
      },
      { name: 'reports.export_rows', value: rows, unit: 'rows' },
      {
        name: 'reports.export_rows_per_s',
        value: rows / exportSeconds,
        unit: 'rows/s',
        budget: '≥ 500000 rows/s',
      },
    ];
  } finally {
    await pool.end();
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
