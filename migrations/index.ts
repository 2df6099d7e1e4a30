import type { MigrationInterface } from 'typeorm';
import { CreateInitialSchema1763900000000 } from './1763900000000-CreateInitialSchema.js';
import { CreateDevices1795448995866 } from './1795448995866-CreateDevices.js';
import { CreateVoiceClips1795500000000 } from './1795500000000-CreateVoiceClips.js';
import { CreateMediaAssets1795500001000 } from './1795500001000-CreateMediaAssets.js';
import { LinkSessionsToDevices1795500002000 } from './1795500002000-LinkSessionsToDevices.js';
import { UniqueEventSeqPerSession1796000000000 } from './1796000000000-UniqueEventSeqPerSession.js';
import { CreateSharedState1796200000000 } from './1796200000000-CreateSharedState.js';
import { CreateStaffAccountsAndSessions1796300000000 } from './1796300000000-CreateStaffAccountsAndSessions.js';
import { CreateLlmCache1796500000000 } from './1796500000000-CreateLlmCache.js';
import { AddDeviceStaffPin1796600000000 } from './1796600000000-AddDeviceStaffPin.js';
import { CreateAppSettingsAndRetention1797000000000 } from './1797000000000-CreateAppSettingsAndRetention.js';
import { CreateSiteHiddenScenarios1797010000000 } from './1797010000000-CreateSiteHiddenScenarios.js';
import { CreateMediaLibrary1797020000000 } from './1797020000000-CreateMediaLibrary.js';
import { CreateReportRollups1797100000000 } from './1797100000000-CreateReportRollups.js';
import { CreateScenarioDrafts1797300000000 } from './1797300000000-CreateScenarioDrafts.js';

type MigrationClass = new () => MigrationInterface;

/** Every migration, in order (no globs: the same list works from dist/ and under Jest). */
export const MIGRATIONS: MigrationClass[] = [
  CreateInitialSchema1763900000000,
  CreateDevices1795448995866,
  CreateVoiceClips1795500000000,
  CreateMediaAssets1795500001000,
  LinkSessionsToDevices1795500002000,
  UniqueEventSeqPerSession1796000000000,
  CreateSharedState1796200000000,
  CreateStaffAccountsAndSessions1796300000000,
  CreateLlmCache1796500000000,
  AddDeviceStaffPin1796600000000,
  CreateAppSettingsAndRetention1797000000000,
  CreateSiteHiddenScenarios1797010000000,
  CreateMediaLibrary1797020000000,
  CreateReportRollups1797100000000,
  CreateScenarioDrafts1797300000000,
];
