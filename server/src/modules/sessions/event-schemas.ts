import { z } from 'zod';
import { safeText, uuidId } from '../../common/safe-text.js';
import type { ErrorCode } from '../../common/domain-error.js';
// French zod messages (the pipe module configures the locale once).
import '../../common/zod-validation.pipe.js';

export const MAX_EVENTS_PER_BATCH = 1000;
/** Serialized payload (UTF-8 bytes). */
export const MAX_PAYLOAD_BYTES = 8 * 1024;
export const MAX_TRANSCRIPT_LENGTH = 500;
/**
 * Ceiling of a visit, enforced as `seq < MAX_EVENTS_PER_SESSION` with seq unique in the session. The longest scenario (constructrice-bois, « parcours mélangé ») is 92 lines and 7 decisions: about
 * 1 + 92 + 7 × 2 + 1 = 108 events, or ≈ 250 with twenty spoken attempts at every decision. 5,000 is 20×
 * that, and bounds what one session id can make the server store.
 */
export const MAX_EVENTS_PER_SESSION = 5000;

const MAX_LINE_TEXT = 2000;
/** A client-generated UUID (v1–v8, RFC 9562 variant): the nil and max UUIDs are refused. */
export const clientUuid = uuidId('UUID attendu');

// One pattern, so that the document says exactly what the server takes: a real calendar day (no 30 February,
// 29 February of leap years only) between 1970 and 2200, a valid time and offset.
const YEAR = '(?:19[7-9]\\d|20\\d\\d|21\\d\\d|2200)';
const LEAP_YEAR =
  '(?:19(?:7[26]|8[048]|9[26])|20(?:[02468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))';
const MONTH_DAY =
  '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const ISO_DATE_TIME = new RegExp(
  `^(?:${LEAP_YEAR}-02-29|${YEAR}-${MONTH_DAY})T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$`,
);

/**
 * An ISO 8601 instant from a client clock that Postgres can store, between 1970 and 2200 (a headset whose
 * clock was reset still reports 1970, not year 0).
 */
export const clientTimestamp = z
  .string()
  .regex(ISO_DATE_TIME, 'date ISO 8601 attendue (entre 1970 et 2200, par exemple 2026-11-23T10:00:00Z)');

const step = z.number().int().min(0).max(10_000);
const choiceIndex = z.number().int().min(0).max(100);
const confidence = z.number().min(0).max(1);
const lineText = safeText({ max: MAX_LINE_TEXT });

/** What the headset sends (client/src/headset/play.ts), one strict schema per event type. */
export const EVENT_PAYLOADS = {
  'session.started': z
    .object({
      scenarioId: safeText({ min: 1, max: 100 }),
      versionId: z.string().regex(/^[0-9a-f]{64}$/, 'identifiant de version attendu'),
    })
    .strict(),
  'line.shown': z
    .object({
      lineId: safeText({ min: 1, max: 200 }),
      speaker: safeText({ min: 1, max: 100 }).optional(),
      text: lineText,
    })
    .strict(),
  'choice.offered': z
    .object({
      step,
      path: safeText({ max: 200 }),
      choices: z
        .array(z.object({ index: choiceIndex, text: lineText }).strict())
        .min(1)
        .max(20),
    })
    .strict(),
  'utterance.heard': z
    .object({
      step,
      transcript: safeText({ max: MAX_TRANSCRIPT_LENGTH }),
      choiceIndex: choiceIndex.nullable(),
      confidence,
      via: z.enum(['matcher', 'llm']),
    })
    .strict(),
  'choice.made': z
    .object({
      step,
      choiceIndex,
      choiceText: lineText,
      method: z.enum(['pointer', 'mouse', 'keyboard', 'touch', 'voice']),
      confidence: confidence.optional(),
    })
    .strict(),
  'session.ended': z
    .object({
      clientScores: z.record(safeText({ min: 1, max: 64 }), z.number().int().min(-10_000).max(10_000)),
    })
    .strict(),
} as const;

export type EventType = keyof typeof EVENT_PAYLOADS;
export const EVENT_TYPES = Object.keys(EVENT_PAYLOADS) as EventType[];

const EventEnvelope = z
  .object({
    id: clientUuid,
    seq: z.number().int().min(0).max(2_147_483_647),
    type: z.enum(EVENT_TYPES as [EventType, ...EventType[]], {
      message: `type d’événement inconnu (attendu\u00a0: ${EVENT_TYPES.join(', ')})`,
    }),
    at: clientTimestamp,
    // Checked by the schema of its type (one pass, no copy).
    payload: z.unknown(),
    /** Optional; when present it must be the session of the URL. */
    sessionId: clientUuid.optional(),
  })
  .strict();

/** One event of a batch, as sent (documented in OpenAPI; each event is validated on its own). */
export const EventInput = EventEnvelope.extend({ payload: z.record(z.string(), z.unknown()) }).superRefine(
  (event, ctx) => {
    const result = EVENT_PAYLOADS[event.type].safeParse(event.payload);
    if (!result.success)
      for (const issue of result.error.issues)
        ctx.addIssue({ code: 'custom', path: ['payload', ...issue.path], message: issue.message });
  },
);

export interface ValidEvent {
  id: string;
  seq: number;
  type: EventType;
  at: string;
  /** The payload as JSON text, stored as is (jsonb cast in SQL). */
  payloadJson: string;
}

export type ParsedEvent =
  { ok: true; event: ValidEvent } | { ok: false; id: string | null; code: ErrorCode; message: string };

function describe(error: z.ZodError, prefix: string[] = []): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${[...prefix, ...issue.path].join('.') || '(événement)'} (${issue.message})`)
    .join('\u00a0; ');
}

function utf8Length(text: string): number {
  // Every UTF-16 unit is at most 3 UTF-8 bytes: count exactly only near the cap.
  return text.length * 3 <= MAX_PAYLOAD_BYTES ? text.length : Buffer.byteLength(text, 'utf8');
}

/** Validates one event of a batch on its own, so that one bad event never sinks the others. */
export function parseEvent(raw: unknown, sessionId: string): ParsedEvent {
  const rawId = (raw as { id?: unknown } | null)?.id;
  const id = typeof rawId === 'string' && clientUuid.safeParse(rawId).success ? rawId.toLowerCase() : null;
  const envelope = EventEnvelope.safeParse(raw);
  if (!envelope.success) {
    return {
      ok: false,
      id,
      code: 'VALIDATION_FAILED',
      message: `Événement invalide\u00a0: ${describe(envelope.error)}.`,
    };
  }
  const event = envelope.data;
  if (event.sessionId !== undefined && event.sessionId.toLowerCase() !== sessionId) {
    return {
      ok: false,
      id,
      code: 'EVENT_SESSION_MISMATCH',
      message: 'Cet événement indique une autre session que celle de l’adresse.',
    };
  }
  if (event.seq >= MAX_EVENTS_PER_SESSION) {
    return {
      ok: false,
      id,
      code: 'SESSION_EVENT_LIMIT',
      message: `Une visite compte au plus ${MAX_EVENTS_PER_SESSION} événements (seq de 0 à ${MAX_EVENTS_PER_SESSION - 1}).`,
    };
  }
  const payload = EVENT_PAYLOADS[event.type].safeParse(event.payload);
  if (!payload.success) {
    return {
      ok: false,
      id,
      code: 'VALIDATION_FAILED',
      message: `Événement «\u00a0${event.type}\u00a0» invalide\u00a0: ${describe(payload.error, ['payload'])}.`,
    };
  }
  const payloadJson = JSON.stringify(payload.data);
  if (utf8Length(payloadJson) > MAX_PAYLOAD_BYTES) {
    return {
      ok: false,
      id,
      code: 'EVENT_PAYLOAD_TOO_LARGE',
      message: `Le contenu de l’événement dépasse ${MAX_PAYLOAD_BYTES / 1024}\u00a0Ko.`,
    };
  }
  return {
    ok: true,
    event: { id: event.id.toLowerCase(), seq: event.seq, type: event.type, at: event.at, payloadJson },
  };
}
