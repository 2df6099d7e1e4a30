// Starts the built app (`npm run build` first) on a free port with a throw-away data directory,
// waits for /api/health, and hands the base URL to the test files through a JSON state file.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
// Type-only import: Jest loads global setup/teardown with plain `require`, without the `.js` mapper.
import type { BrowserTestState } from './support/state.js';

const BROWSER_STATE_ENV = 'ECLORE_BROWSER_STATE';

declare global {
  var __ecloreServer: ChildProcess | undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(
  baseUrl: string,
  child: ChildProcess,
  logFile: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `The server exited with code ${child.exitCode} before becoming healthy:\n${tail(logFile)}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok && ((await response.json()) as { status?: string }).status === 'ok') return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not become healthy within ${timeoutMs} ms:\n${tail(logFile)}`);
}

function tail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-40).join('\n') : '(no log)';
}

export default async function globalSetup(): Promise<void> {
  // Development: reuse a server already running (see support/state.ts).
  if (process.env.ECLORE_BROWSER_BASE_URL) return;
  const root = join(__dirname, '..', '..');
  const main = join(root, 'dist', 'server', 'src', 'main.js');
  if (!existsSync(main) || !existsSync(join(root, 'dist', 'client', 'index.html'))) {
    throw new Error(
      'Build missing: run `npm run build` before the browser tests (npm test does it in pretest).',
    );
  }
  // The embedded Postgres runs as the `postgres` user: every parent of its data dir must be traversable.
  const dataDir = mkdtempSync('/tmp/eclore-browser-');
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const adminEmail = 'conseil@eclore.test';
  const adminPassword = 'Mot-de-passe-de-test-2026';
  const logFile = join(dataDir, 'server.log');
  const log = openSync(logFile, 'a');
  // Jest runs every project's global setup in one process: drop the integration tier's DATABASE_URL so
  // the app under test starts its own embedded Postgres, as `npm start` does on a fresh machine.
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...inherited,
      NODE_ENV: 'test',
      PORT: String(port),
      ECLORE_DATA_DIR: dataDir,
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD: adminPassword,
    },
    stdio: ['ignore', log, log],
  });
  globalThis.__ecloreServer = child;
  try {
    await waitForHealth(baseUrl, child, logFile, 120_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const state: BrowserTestState = {
    baseUrl,
    adminEmail,
    adminPassword,
    dataDir,
    pid: child.pid ?? -1,
    logFile,
  };
  const stateFile = join(dataDir, 'state.json');
  writeFileSync(stateFile, JSON.stringify(state));
  process.env[BROWSER_STATE_ENV] = stateFile;
}
