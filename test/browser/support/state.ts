import { readFileSync } from 'node:fs';

/** Environment variable naming the JSON file where global-setup leaves the running server's details. */
export const BROWSER_STATE_ENV = 'ECLORE_BROWSER_STATE';

export interface BrowserTestState {
  baseUrl: string;
  adminEmail: string;
  adminPassword: string;
  dataDir: string;
  pid: number;
  logFile: string;
}

/**
 * The server the tests talk to. `ECLORE_BROWSER_BASE_URL` (with `ECLORE_BROWSER_ADMIN_EMAIL` and
 * `ECLORE_BROWSER_ADMIN_PASSWORD`) points them at a server already running, for development.
 */
export function browserTestState(): BrowserTestState {
  const external = process.env.ECLORE_BROWSER_BASE_URL;
  if (external) {
    return {
      baseUrl: external,
      adminEmail: process.env.ECLORE_BROWSER_ADMIN_EMAIL ?? 'admin@eclore.local',
      adminPassword: process.env.ECLORE_BROWSER_ADMIN_PASSWORD ?? '',
      dataDir: '',
      pid: -1,
      logFile: '',
    };
  }
  const file = process.env[BROWSER_STATE_ENV];
  if (!file)
    throw new Error(
      'Browser test state missing: the browser tests must run through the Jest project `browser`.',
    );
  return JSON.parse(readFileSync(file, 'utf8')) as BrowserTestState;
}
