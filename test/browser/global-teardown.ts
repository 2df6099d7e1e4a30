// Stops the server started by global-setup (SIGTERM, then waits for it to exit) and removes its data.
import { readFileSync, rmSync } from 'node:fs';
// Type-only import: Jest loads global setup/teardown with plain `require`, without the `.js` mapper.
import type { BrowserTestState } from './support/state.js';

const BROWSER_STATE_ENV = 'ECLORE_BROWSER_STATE';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export default async function globalTeardown(): Promise<void> {
  const stateFile = process.env[BROWSER_STATE_ENV];
  const child = globalThis.__ecloreServer;
  if (!stateFile || !child) return;
  const state = JSON.parse(readFileSync(stateFile, 'utf8')) as BrowserTestState;
  if (child.exitCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 20_000).unref());
    if ((await Promise.race([exited, timeout])) === 'timeout' && alive(state.pid)) {
      child.kill('SIGKILL');
      await exited;
    }
  }
  globalThis.__ecloreServer = undefined;
  rmSync(state.dataDir, { recursive: true, force: true });
}
