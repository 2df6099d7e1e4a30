import { z } from 'zod';
import { safeText } from '../../common/safe-text.js';
import { SECTORS } from '../../../../engine/src/tags.js';

/** Largest ink source a draft may hold (a real scenario is ~25 KB; 30k words ~200 KB). */
export const MAX_SOURCE_BYTES = 512 * 1024;

/** A scenario id: the folder name under narratives/ (lower case, digits, dashes). */
export const StudioScenarioIdParam = safeText({
  min: 2,
  max: 60,
  pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  patternMessage: 'identifiant en minuscules, chiffres et tirets (par exemple « agent-biodechets »)',
});

export const RevisionParam = z.coerce
  .number()
  .int('numéro d’enregistrement entier attendu')
  .min(1, 'numéro d’enregistrement à partir de 1')
  .max(2_147_483_647, 'numéro d’enregistrement trop grand');

/** Ink source: bounded here by characters; bytes, UTF-8 and control characters are checked by the service. */
const InkSource = z.string().max(4 * MAX_SOURCE_BYTES, 'le texte du scénario est beaucoup trop long');

export const SaveDraftBody = z.object({ source: InkSource }).strict();
export type SaveDraftBody = z.infer<typeof SaveDraftBody>;

// An enum, not a refine: the OpenAPI document (and so its clients) then knows the four values.
const Sector = z.enum(SECTORS as unknown as [string, ...string[]], {
  error: `secteur attendu\u00a0: ${SECTORS.join(', ')}`,
});

export const CreateScenarioBody = z
  .object({
    id: StudioScenarioIdParam,
    title: safeText({ min: 3, max: 120 }),
    sector: Sector,
    job: safeText({ min: 3, max: 120 }),
  })
  .strict();
export type CreateScenarioBody = z.infer<typeof CreateScenarioBody>;

export const DuplicateScenarioBody = z
  .object({ id: StudioScenarioIdParam, title: safeText({ min: 3, max: 120 }) })
  .strict();
export type DuplicateScenarioBody = z.infer<typeof DuplicateScenarioBody>;

export interface StaffRefDto {
  id: string;
  displayName: string;
}

/** `none`: nobody edited it in the studio; `same`: the draft is the live text; `modified`; `new`: never published. */
export type DraftStatus = 'none' | 'same' | 'modified' | 'new';

export interface StudioScenarioDto {
  id: string;
  title: string;
  sector: string;
  job: string;
  live: { versionId: string; publishedAt: string | null } | null;
  draftStatus: DraftStatus;
  draftRevision: number | null;
  lastEditedAt: string | null;
  lastEditor: StaffRefDto | null;
}

export interface StudioScenarioListResponse {
  scenarios: StudioScenarioDto[];
}

export interface DraftResponse {
  scenarioId: string;
  title: string;
  /** 0 while the draft is still the live version (nothing saved in the studio yet). */
  revision: number;
  source: string;
  metier: Record<string, unknown>;
  /** Competency ids of the referential (completion and lint in the browser). */
  referential: string[];
  savedAt: string | null;
  savedBy: StaffRefDto | null;
  baseVersionId: string | null;
}

export interface SavedDraftResponse {
  revision: number;
  savedAt: string;
  savedBy: StaffRefDto;
}

export interface DraftSaveDto {
  revision: number;
  savedAt: string;
  author: StaffRefDto | null;
  bytes: number;
}

export interface DraftSavesResponse {
  saves: DraftSaveDto[];
}

export interface DraftSaveSourceResponse extends DraftSaveDto {
  source: string;
}

/** `details` of a 412: what the server has now and what the client sent, for a diff. */
export interface DraftConflictDetails {
  current: { revision: number; source: string; savedAt: string | null; savedBy: StaffRefDto | null };
  yours: { baseRevision: number; source: string };
}
