import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../server/src/database/options.js';
import { DEFAULT_SITES } from '../../server/src/modules/sites/default-sites.js';
import { SitesRepository } from '../../server/src/modules/sites/sites.repository.js';

jest.setTimeout(120_000);

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');

/** Major version of the pg_dump on the PATH (the one the scripts use). */
function clientMajor(): number {
  return Number(/(\d+)\.\d+/.exec(execFileSync('pg_dump', ['--version'], { encoding: 'utf8' }))![1]);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, 'localhost', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/**
 * A throwaway Postgres of the same major as pg_dump (pg_dump refuses newer servers): the Debian
 * server binaries beside the client, run as user postgres when we are root.
 */
async function startMatchingPostgres(): Promise<{ url: string; stop(): Promise<void> }> {
  const bin = `/usr/lib/postgresql/${clientMajor()}/bin`;
  if (!existsSync(join(bin, 'postgres')))
    throw new Error(
      `PostgreSQL ${clientMajor()} server binaries missing in ${bin} (Debian package postgresql-${clientMajor()})`,
    );
  const root = mkdtempSync('/tmp/eclore-backup-');
  chmodSync(root, 0o777);
  const dataDir = join(root, 'pg');
  const asPostgres = (cmd: string, args: string[]) =>
    process.getuid?.() === 0
      ? { cmd: 'runuser', args: ['-u', 'postgres', '--', cmd, ...args] }
      : { cmd, args };
  const init = asPostgres(join(bin, 'initdb'), ['-D', dataDir, '-U', 'eclore', '--auth=trust', '-E', 'UTF8']);
  execFileSync(init.cmd, init.args, { stdio: 'pipe' });
  const port = await freePort();
  const start = asPostgres(join(bin, 'postgres'), [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=localhost',
    '-c',
    `unix_socket_directories=${root}`,
  ]);
  const server: ChildProcess = spawn(start.cmd, start.args, { stdio: 'ignore' });
  const url = `postgres://eclore@localhost:${port}`;
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: `${url}/postgres` });
    try {
      await client.connect();
      await client.query('CREATE DATABASE eclore');
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (attempt > 50) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url: `${url}/eclore`,
    stop: async () => {
      // runuser does not pass signals on: pg_ctl stops the server itself.
      const exited = new Promise((r) => server.once('exit', r));
      const stop = asPostgres(join(bin, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'fast']);
      execFileSync(stop.cmd, stop.args, { stdio: 'pipe' });
      await exited;
      rmSync(root, { recursive: true, force: true });
    },
  };
}

describe('scripts/backup.sh and scripts/restore.sh', () => {
  let database: { url: string; stop(): Promise<void> };
  let dataSource: DataSource;
  const dumpDir = mkdtempSync('/tmp/eclore-dump-');

  beforeAll(async () => {
    database = await startMatchingPostgres();
    dataSource = new DataSource(buildDataSourceOptions(database.url));
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await new SitesRepository(dataSource).seed(DEFAULT_SITES);
    await dataSource.query(
      `INSERT INTO staff_users (email, display_name, role) VALUES ('camille@cdm.fr', 'Camille', 'counsellor')`,
    );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.stop();
    rmSync(dumpDir, { recursive: true, force: true });
  });

  const script = (name: string, args: string[]) =>
    run('bash', [`scripts/${name}.sh`, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url },
    });
  const snapshot = async () =>
    JSON.stringify(
      await dataSource.query(
        `SELECT (SELECT json_agg(name ORDER BY name) FROM sites) AS sites,
                (SELECT json_agg(email ORDER BY email) FROM staff_users) AS staff`,
      ),
    );

  it('should bring the data back as it was at backup time when a backup is restored after changes', async () => {
    const before = await snapshot();
    const file = join(dumpDir, 'eclore.dump');
    const backup = await script('backup', [file]);
    expect(backup.stdout).toMatch(/^Sauvegarde écrite : .*eclore\.dump/);
    expect(backup.stdout).not.toContain(database.url);

    await dataSource.query(`UPDATE sites SET name = 'Renommé par erreur' WHERE city = 'Gap'`);
    await dataSource.query(`DELETE FROM staff_users`);
    await dataSource.query(`INSERT INTO sites (name) VALUES ('Site ajouté après')`);
    expect(await snapshot()).not.toBe(before);

    // The pool holds connections to the tables being replaced.
    await dataSource.destroy();
    const restored = await script('restore', [file, '--oui']);
    expect(restored.stdout).toContain('Restauration terminée');
    await dataSource.initialize();
    expect(await snapshot()).toBe(before);
    // Still a working schema: the migrations see nothing to do.
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('should refuse to restore without a file and say how to use it', async () => {
    await expect(script('restore', [])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Usage'),
    });
  });
});
