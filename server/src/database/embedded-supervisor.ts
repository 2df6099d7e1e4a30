import type { RunningPostgres } from './embedded-postgres.js';

export interface SupervisorEvents {
  /** The postmaster died (`how`: signal or exit code); a restart begins. */
  restarting(how: string): void;
  restarted(attempts: number): void;
  /** Every restart failed: the app cannot go on. */
  gaveUp(error: unknown): void;
}

export interface SupervisedPostgres {
  readonly current: RunningPostgres;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Restarts the embedded Postgres (same data dir, same port, so the pool's URL stays valid) when it
 * exits without being asked to. A killed postmaster leaves backends that take a moment to notice:
 * several tries, spaced out, before giving up.
 */
export function superviseEmbeddedPostgres(
  first: RunningPostgres,
  start: () => Promise<RunningPostgres>,
  events: SupervisorEvents,
  options: { attempts?: number; delayMs?: number } = {},
): SupervisedPostgres {
  const attempts = options.attempts ?? 10;
  const delayMs = options.delayMs ?? 500;
  let current = first;
  let stopped = false;
  let restarting: Promise<void> | null = null;

  const watch = (running: RunningPostgres) =>
    running.onUnexpectedExit((how) => {
      if (stopped) return;
      events.restarting(how);
      restarting = restart().finally(() => {
        restarting = null;
      });
    });

  async function restart(): Promise<void> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts && !stopped; attempt++) {
      await sleep(Math.min(delayMs * attempt, 3000));
      if (stopped) return;
      try {
        current = await start();
        if (stopped) {
          await current.stop();
          return;
        }
        watch(current);
        events.restarted(attempt);
        return;
      } catch (error) {
        lastError = error;
      }
    }
    if (!stopped) events.gaveUp(lastError);
  }

  watch(first);
  return {
    get current() {
      return current;
    },
    async stop() {
      stopped = true;
      await restarting;
      await current.stop();
    },
  };
}
