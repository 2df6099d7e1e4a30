import type { MigrationInterface } from 'typeorm';
import { CreateInitialSchema1763900000000 } from './1763900000000-CreateInitialSchema.js';
import { CreateDevices1795448995866 } from './1795448995866-CreateDevices.js';

type MigrationClass = new () => MigrationInterface;

/** Every migration, in order (no globs: the same list works from dist/ and under Jest). */
export const MIGRATIONS: MigrationClass[] = [CreateInitialSchema1763900000000, CreateDevices1795448995866];
