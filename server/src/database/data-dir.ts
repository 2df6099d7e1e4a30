// What the embedded Postgres data dir looks like before anything is written to it, and the cause of
// a failed start in French, read from Postgres' own output.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Failure with a French message meant for the person who ran `npm start`. */
export class EmbeddedPostgresError extends Error {
  constructor(
    message: string,
    readonly details?: string,
    readonly reason?: 'port-in-use',
  ) {
    super(message);
    this.name = 'EmbeddedPostgresError';
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}

/**
 * `new` when the data dir is missing or empty (initdb will create it), `existing` when it holds a
 * cluster. Anything else is refused before a single byte is written, with a message naming the cause.
 */
export async function inspectDataDir(dataDir: string): Promise<'new' | 'existing'> {
  const info = await stat(dataDir).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null;
    throw unreadable(dataDir, error);
  });
  if (!info) return 'new';
  if (!info.isDirectory()) {
    throw new EmbeddedPostgresError(
      `${dataDir} est un fichier, pas un dossier\u00a0: la base de données intégrée ne peut pas s’y trouver. ` +
        `Déplacez ce fichier, ou choisissez un autre dossier de données avec ECLORE_DATA_DIR.`,
    );
  }
  const entries = await readdir(dataDir).catch((error: unknown) => {
    throw unreadable(dataDir, error);
  });
  if (entries.length === 0) return 'new';
  if (!entries.includes('PG_VERSION')) {
    throw new EmbeddedPostgresError(
      `Le dossier ${dataDir} n’est pas vide mais ne contient pas de base PostgreSQL (le fichier PG_VERSION manque). ` +
        `Rien n’a été modifié. Restaurez le dossier depuis une sauvegarde, ou déplacez-le pour repartir d’une base vide.`,
    );
  }
  await readFile(join(dataDir, 'PG_VERSION')).catch((error: unknown) => {
    throw unreadable(dataDir, error);
  });
  const control = await stat(join(dataDir, 'global', 'pg_control')).catch(() => null);
  if (!control || control.size < 512) {
    throw corruptControl(dataDir, 'le fichier est absent ou tronqué');
  }
  return 'existing';
}

function unreadable(dataDir: string, error: unknown): EmbeddedPostgresError {
  if (errorCode(error) === 'EACCES' || errorCode(error) === 'EPERM') {
    return new EmbeddedPostgresError(
      `Droits insuffisants sur ${dataDir}\u00a0: Éclore ne peut pas le lire. ` +
        `Rendez ce dossier au compte qui lance Éclore (chown), ou choisissez un autre ECLORE_DATA_DIR.`,
    );
  }
  return new EmbeddedPostgresError(`Le dossier ${dataDir} est illisible (${String(error)}).`);
}

function corruptControl(dataDir: string, why: string): EmbeddedPostgresError {
  return new EmbeddedPostgresError(
    `Le fichier de contrôle ${join(dataDir, 'global', 'pg_control')} est corrompu (${why})\u00a0: ` +
      `PostgreSQL refuse d’ouvrir la base. Restaurez le dossier de données depuis une sauvegarde.`,
  );
}

/** The French cause of a failed `postgres` start, from its output (English or French messages). */
export function explainStartFailure(output: string, dataDir: string, port: number): EmbeddedPostgresError {
  if (/already in use|could not bind|could not create any TCP/i.test(output)) {
    return new EmbeddedPostgresError(
      `La base de données intégrée n’a pas pu démarrer\u00a0: le port ${port} est déjà utilisé. Choisissez-en un autre avec EMBEDDED_PG_PORT.`,
      output,
      'port-in-use',
    );
  }
  const conf =
    /(?:syntax error in file|configuration file|invalid value for parameter|unrecognized configuration parameter)[^\n]*/i.exec(
      output,
    );
  if (conf) {
    const line = /line (\d+)/i.exec(conf[0]);
    return new EmbeddedPostgresError(
      `La base de données intégrée n’a pas pu démarrer\u00a0: le fichier ${join(dataDir, 'postgresql.conf')} ` +
        `contient une erreur${line ? ` (ligne ${line[1]})` : ''}\u00a0: «\u00a0${conf[0].trim()}\u00a0». Corrigez-le, puis relancez.`,
      output,
    );
  }
  if (/pg_control|control file/i.test(output)) {
    const detail = /[^\n]*(?:pg_control|control file)[^\n]*/i
      .exec(output)![0]
      .replace(/^.*?(FATAL|PANIC):\s*/, '');
    return Object.assign(corruptControl(dataDir, detail.trim()), { details: output });
  }
  if (/invalid permissions|wrong ownership|Permission denied/i.test(output)) {
    return new EmbeddedPostgresError(
      `La base de données intégrée n’a pas pu démarrer\u00a0: droits incorrects sur ${dataDir} ` +
        `(PostgreSQL exige un dossier réservé à son compte, droits 0700 ou 0750). ` +
        `Corrigez-les (chmod 700), ou choisissez un autre ECLORE_DATA_DIR.`,
      output,
    );
  }
  if (/lock file .* already exists/i.test(output)) {
    return new EmbeddedPostgresError(
      `La base de données intégrée n’a pas pu démarrer\u00a0: une autre instance d’Éclore utilise déjà ${dataDir}.`,
      output,
    );
  }
  const fatal = /(?:FATAL|PANIC):\s*([^\n]*)/.exec(output);
  return new EmbeddedPostgresError(
    `La base de données intégrée n’a pas pu démarrer${fatal ? `\u00a0: PostgreSQL dit «\u00a0${fatal[1].trim()}\u00a0»` : '.'}`,
    output,
  );
}
