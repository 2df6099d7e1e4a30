import 'reflect-metadata';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from './app.js';
import { ConfigError, loadConfig, type AppConfig } from './config/config.js';
import {
  EmbeddedPostgresError,
  isPortFree,
  startEmbeddedPostgres,
  type RunningPostgres,
} from './database/embedded-postgres.js';
import { resolveAuthSecret } from './modules/auth/auth-secret.js';
import { SeedService, type SeedReport } from './modules/seed/seed.service.js';

const say = (message: string) => process.stdout.write(`${message}\n`);
const complain = (message: string) => process.stderr.write(`${message}\n`);

/** Thrown for problems whose French message is the whole story (no stack trace). */
class StartupError extends Error {}

let database: RunningPostgres | undefined;
let app: NestExpressApplication | undefined;
let stopping = false;

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startDatabase(config: AppConfig): Promise<string> {
  if (config.databaseUrl) {
    say('Base de données : DATABASE_URL (Postgres externe).');
    return config.databaseUrl;
  }
  const dataDir = join(config.dataDir, 'pg');
  // The default port may be held by another Éclore (tests, a second checkout): any free one will
  // do, since the app builds the URL itself. A port chosen with EMBEDDED_PG_PORT is kept.
  const explicit = Boolean(process.env.EMBEDDED_PG_PORT);
  let port = config.embeddedPostgresPort;
  if (!explicit && !(await isPortFree(port))) port = await freePort();
  say(`Base de données intégrée : démarrage (données dans ${dataDir}, port ${port})…`);
  try {
    database = await startEmbeddedPostgres({ dataDir, port });
  } catch (error) {
    if (explicit || !(error instanceof EmbeddedPostgresError) || error.reason !== 'port-in-use') throw error;
    port = await freePort();
    say(`Port occupé entre-temps : nouvel essai sur le port ${port}…`);
    database = await startEmbeddedPostgres({ dataDir, port });
  }
  return database.url;
}

/** Returns the framed first-admin notice, printed last so it is not lost among the start-up lines. */
function printSeedReport(report: SeedReport, config: AppConfig): string | undefined {
  for (const skipped of report.skipped)
    complain(`Attention : scénario « ${skipped.folder} » ignoré — ${skipped.reason}`);
  const created = report.scenarios.filter((s) => s.created).length;
  say(
    `Scénarios publiés : ${report.scenarios.length}${created ? ` (dont ${created} nouvelle(s) version(s))` : ''}.`,
  );
  if (report.generatedAdminPassword) {
    const line = '═'.repeat(64);
    return [
      '',
      line,
      '  Premier compte administrateur créé',
      `  Adresse : ${config.adminEmail}`,
      `  Mot de passe : ${report.generatedAdminPassword}`,
      '  Notez-le maintenant : il ne sera plus jamais affiché.',
      '  (Pour choisir le mot de passe, définissez ADMIN_PASSWORD avant le premier démarrage.)',
      line,
      '',
    ].join('\n');
  } else if (report.adminCreated) {
    say(`Premier compte administrateur créé : ${config.adminEmail} (mot de passe : ADMIN_PASSWORD).`);
  }
}

async function shutdown(signal: string): Promise<void> {
  if (stopping) {
    complain('Arrêt forcé.');
    process.exit(1);
  }
  stopping = true;
  say(`\nArrêt demandé (${signal}) : fermeture du serveur…`);
  const watchdog = setTimeout(() => {
    complain('L’arrêt prend trop de temps : sortie forcée.');
    process.exit(1);
  }, 15_000);
  watchdog.unref();
  try {
    await app?.close();
  } finally {
    // After app.close(): Nest has released its connections (PITFALLS: not in a Nest hook).
    await database?.stop();
  }
  say('Éclore est arrêté.');
  process.exit(0);
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new StartupError(error.message);
    throw error;
  }
  if (!(await isPortFree(config.port, config.host))) {
    throw new StartupError(
      `Le port ${config.port} est déjà utilisé : un autre programme (peut-être un autre Éclore) l’occupe.\n` +
        `Arrêtez-le, ou choisissez un autre port, par exemple : PORT=3001 npm start`,
    );
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => void shutdown(signal));

  const databaseUrl = await startDatabase(config);
  const authSecret = await resolveAuthSecret(config.authSecret, config.dataDir);
  try {
    app = await createApp({ config, databaseUrl, authSecret });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new StartupError(`Connexion à la base de données ou migrations impossibles : ${detail}`);
  }
  say('Publication des scénarios de narratives/ (compilation et exploration des nouveautés)…');
  const firstAdmin = printSeedReport(await app.get(SeedService).run(), config);
  try {
    await app.listen(config.port, config.host ?? '0.0.0.0');
  } catch (error) {
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      throw new StartupError(`Le port ${config.port} est déjà utilisé. Choisissez-en un autre avec PORT.`);
    }
    throw error;
  }
  const base = `http://localhost:${config.port}`;
  say(`Éclore est prêt : ${base}/ (casque), ${base}/admin (back-office), ${base}/api/docs (API).`);
  say('Ctrl-C pour arrêter.');
  if (firstAdmin) say(firstAdmin);
}

main().catch(async (error: unknown) => {
  if (error instanceof StartupError || error instanceof EmbeddedPostgresError) {
    complain(`\nÉclore n’a pas pu démarrer.\n${error.message}`);
    if (error instanceof EmbeddedPostgresError && error.details && process.env.ECLORE_DEBUG)
      complain(error.details);
  } else {
    complain('\nÉclore n’a pas pu démarrer : erreur inattendue.');
    complain(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  await app?.close().catch(() => undefined);
  await database?.stop().catch(() => undefined);
  process.exit(1);
});
