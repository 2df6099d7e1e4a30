// After a `kill -9` of the app, its embedded Postgres keeps running (a postmaster does not die with
// its parent) and holds the data dir's lock file. The next start finds it through
// `<dataDir>/postmaster.pid` and stops it cleanly, unless a live Éclore still owns it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EmbeddedPostgresError } from './data-dir.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

async function cmdline(pid: number): Promise<string> {
  return (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replace(/\0/g, ' ');
}

async function parentOf(pid: number): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  // `pid (comm) state ppid …`; comm may contain spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) && ppid > 0 ? ppid : null;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

/**
 * Stops the postmaster recorded in `<dataDir>/postmaster.pid` when it is an orphan (its parent is
 * gone or is init). Does nothing when there is no lock file or its process is dead (Postgres
 * removes a stale lock file itself). Throws when another live process owns the cluster.
 */
export async function stopOrphanedPostmaster(dataDir: string, log: (message: string) => void): Promise<void> {
  const lock = await readFile(join(dataDir, 'postmaster.pid'), 'utf8').catch(() => null);
  if (lock === null) return;
  const pid = Number(lock.split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  if (!/postgres/.test(await cmdline(pid))) return;
  const ppid = await parentOf(pid);
  if (ppid !== null && ppid !== 1 && isAlive(ppid) && /\bnode\b|node /.test(await cmdline(ppid))) {
    throw new EmbeddedPostgresError(
      `Une autre instance d’Éclore (processus ${ppid}) utilise déjà la base de ${dataDir}. ` +
        `Arrêtez-la, ou choisissez un autre dossier de données avec ECLORE_DATA_DIR.`,
    );
  }
  log(
    `Base de données intégrée orpheline trouvée (processus ${pid}, laissé par un arrêt brutal)\u00a0: arrêt propre avant de redémarrer…`,
  );
  // SIGINT = "fast" shutdown (what `pg_ctl stop -m fast` sends): clean, no recovery needed next time.
  process.kill(pid, 'SIGINT');
  if (await waitForExit(pid, 30_000)) return;
  process.kill(pid, 'SIGQUIT');
  if (await waitForExit(pid, 5_000)) return;
  throw new EmbeddedPostgresError(
    `La base de données intégrée orpheline (processus ${pid}) ne s’arrête pas. Arrêtez-la à la main (kill ${pid}), puis relancez.`,
  );
}
