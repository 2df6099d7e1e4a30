import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './options.js';

/** Session-level advisory lock keys (one per kind of start-up work shared by every instance). */
export const LOCK_KEYS = {
  migrations: 7_319_001,
  seed: 7_319_002,
  jobs: 7_319_003,
} as const;

/**
 * Runs `work` while holding a Postgres advisory lock on a dedicated connection, so that instances
 * starting together on one database take turns (the second finds the work done).
 */
export async function withAdvisoryLock<T>(
  dataSource: DataSource,
  key: number,
  work: () => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}

/**
 * Applies pending migrations under the migrations lock (TypeORM's `migrationsRun` takes no lock:
 * two instances starting together raced on `pg_type_typname_nsp_index`).
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<void> {
  await withAdvisoryLock(dataSource, LOCK_KEYS.migrations, async () => {
    await dataSource.runMigrations({ transaction: 'each' });
  });
}

/** Applies pending migrations with a short-lived connection (before the app's own pool exists). */
export async function migrateDatabase(databaseUrl: string): Promise<void> {
  const dataSource = await new DataSource({
    ...buildDataSourceOptions(databaseUrl),
    extra: { max: 2, application_name: 'eclore-migrations' },
  }).initialize();
  try {
    await runMigrationsLocked(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
