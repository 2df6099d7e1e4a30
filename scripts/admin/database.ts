import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppConfig } from '../../server/src/config/config.js';
import { isPortFree, startEmbeddedPostgres } from '../../server/src/database/embedded-postgres.js';

export interface OpenedDatabase {
  url: string;
  /** Stops the embedded cluster when this script started it. */
  close(): Promise<void>;
}

/**
 * The app's database: DATABASE_URL, else the embedded cluster in the data dir — the running one
 * (port from its postmaster.pid) or one started for the duration of the command.
 */
export async function openAppDatabase(config: AppConfig): Promise<OpenedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, close: async () => undefined };
  const dataDir = join(config.dataDir, 'pg');
  const password = (await readFile(join(config.dataDir, 'pg.password'), 'utf8').catch(() => '')).trim();
  if (!password)
    throw new Error(
      `Aucune base trouvée dans ${dataDir} : démarrez Éclore une première fois (npm start), ou définissez DATABASE_URL.`,
    );
  const pid = await readFile(join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const runningPort = Number(pid.split('\n')[3]);
  if (runningPort && !(await isPortFree(runningPort))) {
    return {
      url: `postgres://eclore:${encodeURIComponent(password)}@localhost:${runningPort}/eclore`,
      close: async () => undefined,
    };
  }
  const { createServer } = await import('node:net');
  const port = await new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const { port: free } = server.address() as { port: number };
      server.close(() => resolve(free));
    });
  });
  const cluster = await startEmbeddedPostgres({ dataDir, port });
  return { url: cluster.url, close: () => cluster.stop() };
}
