// The built app (`npm run build` first) as a child process on a free port, as the browser tests and
// `npm run bench` run it. No `__dirname`: the bench loads this file as ESM under tsx; paths are relative
// to the repository root, the working directory of npm scripts and Jest.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const APP_MAIN = resolve('dist', 'server', 'src', 'main.js');

export interface RunningApp {
  baseUrl: string;
  child: ChildProcess;
  logFile: string;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, 'localhost', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export function tail(file: string, lines = 40): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '(no log)';
}

/**
 * Starts the app with its own embedded Postgres in `dataDir` (which must be traversable by the
 * `postgres` user when run as root) and resolves once `/api/health` answers ok; the server's output
 * goes to `<dataDir>/server.log`. `env` adds to (or overrides) the inherited environment.
 */
export async function startBuiltApp(options: {
  dataDir: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** @default a free port */
  port?: number;
}): Promise<RunningApp> {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://localhost:${port}`;
  const logFile = join(options.dataDir, 'server.log');
  // Jest runs every project's global setup in one process: drop the integration tier's DATABASE_URL so
  // the app starts its own embedded Postgres, as `npm start` does on a fresh machine.
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [APP_MAIN], {
    env: {
      ...inherited,
      NODE_ENV: 'test',
      PORT: String(port),
      ECLORE_DATA_DIR: options.dataDir,
      ...options.env,
    },
    stdio: ['ignore', log, log],
  });
  // The child holds its own copy of the descriptor.
  closeSync(log);
  const timeoutMs = options.timeoutMs ?? 120_000;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `The server exited with code ${child.exitCode} before becoming healthy:\n${tail(logFile)}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok && ((await response.json()) as { status?: string }).status === 'ok') {
        return { baseUrl, child, logFile };
      }
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`The server did not become healthy within ${timeoutMs} ms:\n${tail(logFile)}`);
}

/** Resolves with how the process ended (at once if it already has). */
export function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
}
