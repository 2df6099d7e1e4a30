import type { MigrationInterface } from 'typeorm';
import { CreateInitialSchema1763900000000 } from './1763900000000-CreateInitialSchema.js';
import { CreateDevices1795448995866 } from './1795448995866-CreateDevices.js';
import { CreateVoiceClips1795500000000 } from './1795500000000-CreateVoiceClips.js';
import { CreateMediaAssets1795500001000 } from './1795500001000-CreateMediaAssets.js';
import { LinkSessionsToDevices1795500002000 } from './1795500002000-LinkSessionsToDevices.js';
import { AddDeviceStaffPin1796600000000 } from './1796600000000-AddDeviceStaffPin.js';

type MigrationClass = new () => MigrationInterface;

/** Every migration, in order (no globs: the same list works from dist/ and under Jest). */
export const MIGRATIONS: MigrationClass[] = [
  CreateInitialSchema1763900000000,
  CreateDevices1795448995866,
  CreateVoiceClips1795500000000,
  CreateMediaAssets1795500001000,
  LinkSessionsToDevices1795500002000,
  AddDeviceStaffPin1796600000000,
];
