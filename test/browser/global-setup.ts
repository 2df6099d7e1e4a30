// Starts the built app (`npm run build` first) on a free port with a throw-away data directory,
// waits for /api/health, and hands the base URL to the test files through a JSON state file.
import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Type-only imports: Jest loads global setup/teardown with plain `require`, without the `.js` mapper.
import type { BrowserTestState } from './support/state.js';
type AppProcessModule = typeof import('../support/app-process.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { APP_MAIN, startBuiltApp } = require('../support/app-process') as AppProcessModule;

const BROWSER_STATE_ENV = 'ECLORE_BROWSER_STATE';

declare global {
  var __ecloreServer: ChildProcess | undefined;
}

export default async function globalSetup(): Promise<void> {
  // Development: reuse a server already running (see support/state.ts).
  if (process.env.ECLORE_BROWSER_BASE_URL) return;
  if (!existsSync(APP_MAIN) || !existsSync(join('dist', 'client', 'index.html'))) {
    throw new Error(
      'Build missing: run `npm run build` before the browser tests (npm test does it in pretest).',
    );
  }
  // The embedded Postgres runs as the `postgres` user: every parent of its data dir must be traversable.
  const dataDir = mkdtempSync('/tmp/eclore-browser-');
  chmodSync(dataDir, 0o755);
  const adminEmail = 'conseil@eclore.test';
  const adminPassword = 'Mot-de-passe-de-test-2026';
  const { baseUrl, child, logFile } = await startBuiltApp({
    dataDir,
    // No text-to-speech: rendering every line with espeak-ng made a full 2D playthrough ~70 % slower
    // on 2 cores; voice-out.test.ts starts its own app with voices.
    env: { ADMIN_EMAIL: adminEmail, ADMIN_PASSWORD: adminPassword, TTS_PROVIDER: 'none' },
  });
  globalThis.__ecloreServer = child;
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
