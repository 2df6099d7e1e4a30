import { z } from 'zod';
import type { ErrorCode } from '../../common/domain-error.js';
import { followUpCodeText, safeText, uuidId } from '../../common/safe-text.js';
import { EventInput, MAX_EVENTS_PER_BATCH, clientTimestamp } from './event-schemas.js';

export { MAX_EVENTS_PER_BATCH } from './event-schemas.js';

export const CreateSessionBody = z
  .object({
    id: uuidId(),
    scenarioId: safeText({ min: 1, max: 100 }),
    versionId: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'identifiant de version attendu (64 caractères hexadécimaux)'),
    followUpCode: followUpCodeText(),
    startedAt: clientTimestamp,
  })
  .strict();
export type CreateSessionBody = z.infer<typeof CreateSessionBody>;

/**
 * The envelope only: a list of at most 1000 items. Each event is then validated on its own
 * (`parseEvent`), so that one bad event is refused alone and the others of the batch are stored.
 */
export const IngestEventsEnvelope = z.object({ events: z.array(z.unknown()) }).strict();
export type IngestEventsEnvelope = z.infer<typeof IngestEventsEnvelope>;

/** What the OpenAPI document shows: the envelope with the schema of each event. */
export const IngestEventsBody = z.object({ events: z.array(EventInput).max(MAX_EVENTS_PER_BATCH) }).strict();

export const CompleteSessionBody = z.object({}).strict();

export interface CreateSessionResponse {
  id: string;
}

export type EventStatus = 'stored' | 'duplicate' | 'rejected';

/** One entry per event of the batch, in the same order. */
export interface EventResult {
  /** The event id as sent (lower case), null when it was not a UUID. */
  id: string | null;
  /** `stored`: new; `duplicate`: already stored (acknowledged too); `rejected`: refused for good. */
  status: EventStatus;
  code?: ErrorCode;
  message?: string;
}

export interface IngestEventsResponse {
  results: EventResult[];
}

export interface CompleteSessionResponse {
  scores: Record<string, number>;
  maxScores: Record<string, number>;
}
