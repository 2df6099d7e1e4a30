import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../migrations/index.js';
import { ENTITIES } from './entities/index.js';

/** The one builder of TypeORM options, for the app, the tests and the migration CLI. */
export function buildDataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into Postgres ≥ 13: no extension to install (managed DBs refuse it).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // Expected failures (unknown session, duplicate code) are answered as 4xx; real ones are
    // logged with their stack by ErrorFilter.
    logging: ['warn', 'migration'],
    // A connection attempt to an unreachable Postgres fails within 5 s (pg waits forever by
    // default): requests then get 503 DATABASE_UNAVAILABLE instead of hanging.
    extra: { max: 10, application_name: 'eclore', connectionTimeoutMillis: 5000 },
  };
}
