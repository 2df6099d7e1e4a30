import { z } from 'zod';
import {
  followUpCodeText,
  isoDateTime as plausibleDateTime,
  safeText,
  uuidId,
} from '../../common/safe-text.js';

export const MAX_EVENTS_PER_BATCH = 1000;

const isoDateTime = plausibleDateTime();

export const CreateSessionBody = z
  .object({
    id: uuidId(),
    scenarioId: safeText({ min: 1, max: 100 }),
    versionId: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'identifiant de version attendu (64 caractères hexadécimaux)'),
    followUpCode: followUpCodeText(),
    startedAt: isoDateTime,
  })
  .strict();
export type CreateSessionBody = z.infer<typeof CreateSessionBody>;

// Only what the server relies on (the replay path) is strict: a batch refused for a cosmetic
// field would sit in the headset's outbox forever.
const ChoiceMadePayload = z
  .object({
    step: z.number().int().min(0).max(100_000),
    choiceIndex: z.number().int().min(0).max(1000),
    method: z.string().max(32).optional(),
  })
  .loose();

const UtteranceHeardPayload = z
  .object({
    step: z.number().int().min(0).max(100_000),
    transcript: z.string().max(10_000).optional(),
  })
  .loose();

const EventInput = z
  .object({
    id: uuidId(),
    seq: z.number().int().min(0).max(2_147_483_647),
    type: z
      .string()
      .max(64)
      .regex(
        /^[a-z][a-zA-Z0-9_]*(\.[a-zA-Z0-9_]+)+$/,
        'type d’événement attendu, par exemple « choice.made »',
      ),
    at: isoDateTime,
    payload: z.record(z.string(), z.unknown()),
    /** Optional; when present it must be the session of the URL. */
    sessionId: uuidId().optional(),
  })
  .strict()
  .superRefine((event, ctx) => {
    const schema =
      event.type === 'choice.made'
        ? ChoiceMadePayload
        : event.type === 'utterance.heard'
          ? UtteranceHeardPayload
          : null;
    if (!schema) return;
    const result = schema.safeParse(event.payload);
    if (!result.success) {
      for (const issue of result.error.issues)
        ctx.addIssue({ code: 'custom', path: ['payload', ...issue.path], message: issue.message });
    }
  });
export type EventInput = z.infer<typeof EventInput>;

export const IngestEventsBody = z.object({ events: z.array(EventInput).max(MAX_EVENTS_PER_BATCH) }).strict();
export type IngestEventsBody = z.infer<typeof IngestEventsBody>;

export const CompleteSessionBody = z.object({}).strict();

export interface CreateSessionResponse {
  id: string;
}

export interface IngestEventsResponse {
  acknowledged: string[];
}

export interface CompleteSessionResponse {
  scores: Record<string, number>;
  maxScores: Record<string, number>;
}
