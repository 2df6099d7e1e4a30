// Starts one embedded Postgres for the whole integration run (PITFALLS: in globalSetup, plain
// Node, outside Jest's module registry). Each test file creates its own database in it.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
// Jest loads global setup with plain `require` (no `.js` mapper): require the TS source by stem, and
// let its own relative `./x.js` imports fall back to the TS stem too.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const NodeModule = require('node:module') as {
  _resolveFilename: (request: string, ...rest: unknown[]) => string;
};
const resolveFilename = NodeModule._resolveFilename;
NodeModule._resolveFilename = function (request: string, ...rest: unknown[]) {
  try {
    return resolveFilename.call(this, request, ...rest);
  } catch (error) {
    if (/^\.\.?\/.*\.js$/.test(request)) return resolveFilename.call(this, request.slice(0, -3), ...rest);
    throw error;
  }
};
type EmbeddedPostgresModule = typeof import('../../server/src/database/embedded-postgres.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const embedded = require('../../server/src/database/embedded-postgres') as EmbeddedPostgresModule;

declare global {
  var __ecloreIntegrationPg: { stop(): Promise<void> } | undefined;
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

export default async function globalSetup(): Promise<void> {
  // Under /tmp with 0755: as root the cluster runs as user postgres, who must traverse it.
  const root = mkdtempSync('/tmp/eclore-integration-');
  chmodSync(root, 0o755);
  const pg = await embedded.startEmbeddedPostgres({ dataDir: join(root, 'pg'), port: await freePort() });
  globalThis.__ecloreIntegrationPg = {
    stop: async () => {
      await pg.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
  // Read by test/integration/support/test-app.ts in the workers (spawned after this runs).
  process.env.ECLORE_TEST_PG_SERVER_URL = pg.serverUrl;
  process.env.DATABASE_URL = pg.url;
}
