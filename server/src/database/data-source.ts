import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config.js';
import { buildDataSourceOptions } from './options.js';

/**
 * For the TypeORM CLI only (`npm run migration:generate`): needs DATABASE_URL, since the CLI
 * cannot start the embedded Postgres.
 */
export default new DataSource(
  buildDataSourceOptions(loadConfig().databaseUrl ?? 'postgres://localhost/eclore'),
);
