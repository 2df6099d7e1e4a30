import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { LOCK_KEYS, withAdvisoryLock } from '../../database/advisory-lock.js';

/** What a job may be asked to do: plain JSON, validated by its handler. */
export type JobData = Record<string, unknown>;

export interface JobDefinition<T extends JobData = JobData> {
  /** Queue name: letters, digits, `-` and `_` (pg-boss). */
  name: string;
  /** Runs one job; what it returns is kept as the job's output (shown to staff as progress/result). */
  handle(data: T, job: { id: string }): Promise<JobData>;
  /** A cron line (5 fields) in Europe/Paris: the job also runs on this schedule, once across instances. */
  cron?: string;
  /** Failed attempts retried this many times (with backoff). @default 2 */
  retryLimit?: number;
  /** A run taking longer than this is failed (then retried). @default 15 min */
  expireInMinutes?: number;
}

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

export interface JobStatus {
  id: string;
  name: string;
  state: JobState;
  createdOn: Date;
  completedOn: Date | null;
  output: JobData | null;
}

/** The time zone of every schedule: the centre's. */
const TIME_ZONE = 'Europe/Paris';

interface PoolLike {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * The job queue (DESIGN §9): pg-boss on the app's own Postgres, so every instance shares the
 * jobs, each runs once, and a schedule fires once across instances. It borrows TypeORM's pool
 * (already guarded against dropped connections) instead of opening its own.
 *
 * Modules `define()` their jobs in `onModuleInit`; the queue starts once the app is wired up and
 * stops (waiting for jobs in flight) before the database closes.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('JobQueue');
  private readonly definitions = new Map<string, JobDefinition>();
  private boss: PgBoss | undefined;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  define<T extends JobData>(definition: JobDefinition<T>): void {
    if (this.boss) throw new Error(`job ${definition.name} defined after the queue started`);
    if (this.definitions.has(definition.name)) throw new Error(`job ${definition.name} defined twice`);
    this.definitions.set(definition.name, definition as unknown as JobDefinition);
  }

  async onApplicationBootstrap(): Promise<void> {
    const pool = (this.dataSource.driver as unknown as { master: PoolLike }).master;
    const boss = new PgBoss({
      db: { executeSql: (text, values) => pool.query(text, values) as Promise<{ rows: unknown[] }> },
      schema: 'pgboss',
      // Finished jobs stay a week (staff see the last results), then pg-boss archives them.
      archiveCompletedAfterSeconds: 7 * 24 * 3600,
      deleteAfterDays: 30,
    });
    // Errors of the pollers (Postgres restarting, a dropped connection) are logged, never thrown:
    // an unhandled `error` event would stop the whole process.
    boss.on('error', (error) => this.log.warn(`file de tâches : ${error.message}`));
    // Instances starting together take turns: pg-boss's schema set-up and queue creation
    // deadlocked when two ran them at once.
    await withAdvisoryLock(this.dataSource, LOCK_KEYS.jobs, async () => {
      await boss.start();
      for (const definition of this.definitions.values()) await this.install(boss, definition);
    });
    this.boss = boss;
  }

  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = undefined;
    // Jobs in flight get 10 s; an unfinished one is failed and retried by another instance.
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000, close: false });
  }

  /** Queues a run of `name`; a job of a `stately` queue already waiting is reused (null id then). */
  async send(name: string, data: JobData = {}): Promise<string | null> {
    return this.started().send(name, data);
  }

  async status(name: string, id: string): Promise<JobStatus | null> {
    const job = await this.started().getJobById<JobData>(name, id, { includeArchive: true });
    if (!job) return null;
    return {
      id: job.id,
      name: job.name,
      state: job.state,
      createdOn: job.createdOn,
      completedOn: job.completedOn ?? null,
      output: (job.output as JobData | undefined) ?? null,
    };
  }

  /** The jobs waiting or running in `name` (at most one for these stately queues). */
  async pending(name: string): Promise<string | null> {
    const rows = (await this.dataSource.query(
      `SELECT id FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')
       ORDER BY created_on DESC LIMIT 1`,
      [name],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('the job queue is not running');
    return this.boss;
  }

  private async install(boss: PgBoss, definition: JobDefinition): Promise<void> {
    const { name, cron, retryLimit = 2, expireInMinutes = 15 } = definition;
    // `stately`: at most one waiting and one running, so a schedule and a click never pile up.
    await boss.createQueue(name, {
      name,
      policy: 'stately',
      retryLimit,
      retryBackoff: true,
      expireInSeconds: expireInMinutes * 60,
    });
    await boss.work<JobData>(name, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
      const started = Date.now();
      const output = await definition.handle(job.data ?? {}, { id: job.id });
      this.log.log(`tâche ${name} terminée en ${Date.now() - started} ms`);
      return output;
    });
    if (cron) await boss.schedule(name, cron, {}, { tz: TIME_ZONE });
    else await boss.unschedule(name);
  }
}
