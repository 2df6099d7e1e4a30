import { z } from 'zod';
import { safeText } from '../../common/safe-text.js';

export interface CatalogScenarioDto {
  id: string;
  title: string;
  sector: string;
  job: string;
  durationMinutes: number;
  versionId: string;
  resume: string;
}

export interface CatalogResponse {
  scenarios: CatalogScenarioDto[];
}

/** `:id` of a scenario (its folder name under narratives/). */
export const ScenarioIdParam = safeText({ min: 1, max: 100 });

/** `:versionId`: the content hash of a version. */
export const VersionIdParam = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'identifiant de version attendu (64 caractères hexadécimaux)');
