import { z } from 'zod';
import type { ErrorCode } from './domain-error.js';

// What no person types and Postgres `text`/`jsonb` cannot store: NUL and the other C0 controls (tab, line feed and
// carriage return aside), DEL, and UTF-16 surrogates that are not part of a pair.
const UNSAFE_CHARACTER =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The same rule as a whole-string pattern, so that it reaches the OpenAPI document (`pattern`) and any client or
 * fuzzer reading it: only safe code units, surrogates only as pairs.
 */
export const SAFE_TEXT_PATTERN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /^(?:[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

/** True when `value` holds a character that must never be stored (see `UNSAFE_CHARACTER`). */
export function hasUnsafeCharacter(value: string): boolean {
  return UNSAFE_CHARACTER.test(value);
}

export const UNSAFE_CHARACTER_MESSAGE = 'caractère de contrôle ou invalide non autorisé';

/**
 * A string that is safe to store and show: bounded length and no unsafe character. Every client-supplied
 * string in a DTO goes through this builder, so hostile text is a 400 at validation, never a 500 from Postgres.
 * `pattern` adds a format (also documented); `trim` trims after validation, so the documented bounds hold for
 * what the client sends.
 */
export function safeText(options: {
  max: number;
  min?: number;
  pattern?: RegExp;
  patternMessage?: string;
}): z.ZodString {
  let schema = z.string().max(options.max, `${options.max} caractères au plus`);
  if (options.min !== undefined)
    schema = schema.min(
      options.min,
      options.min === 1 ? 'valeur non vide attendue' : `${options.min} caractères au moins`,
    );
  schema = schema.regex(SAFE_TEXT_PATTERN, UNSAFE_CHARACTER_MESSAGE);
  if (options.pattern) schema = schema.regex(options.pattern, options.patternMessage ?? 'format invalide');
  return schema;
}

/** A text that must hold something other than spaces (names, labels, utterances). */
export const NOT_BLANK = /\S/;

// RFC 9562 versions 1 to 8: the nil and max UUIDs, which no client generates, are refused.
const UUID_PATTERN =
  /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;

/** A client-generated identifier (crypto.randomUUID); the nil UUID is refused. */
export function uuidId(message = 'identifiant UUID attendu'): z.ZodString {
  return z.string().regex(UUID_PATTERN, message);
}

// ISO 8601 with `Z` or an offset, in years 2000–2099 (leap days included), as one pattern so that the document
// says exactly what the server takes: a headset's clock is wrong by minutes, not centuries; year 0000 (which
// Postgres cannot store) and 9999 are refused at validation.
const ISO_DATE_TIME =
  /^(?:20(?:[02468][048]|[13579][26])-02-29|20\d\d-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** An ISO 8601 date-time with an offset (`2026-12-02T10:00:00.000Z`), in years 2000–2099. */
export function isoDateTime(): z.ZodString {
  return z
    .string()
    .regex(
      ISO_DATE_TIME,
      'date ISO 8601 entre les années 2000 et 2099 attendue (par exemple 2026-12-02T10:00:00Z)',
    );
}

/**
 * A string refused with its own error `code` (e.g. `FOLLOW_UP_CODE_INVALID`) unless it matches `pattern`; the
 * pattern is documented as is. `pattern` must only admit safe characters.
 */
export function codedPattern(options: {
  max: number;
  pattern: RegExp;
  message: string;
  code: ErrorCode;
}): z.ZodType<string> {
  return z
    .string()
    .max(options.max, `${options.max} caractères au plus`)
    .refine((value) => options.pattern.test(value), {
      message: options.message,
      params: { code: options.code },
    })
    .meta({ pattern: options.pattern.source });
}

// Ten Crockford base32 symbols with any spaces or dashes: what `normalizeFollowUpCode` accepts (I, L and O are
// read as 1, 1 and 0, in either case; U is not a symbol).
const FOLLOW_UP_CODE_PATTERN = /^[\s-]*(?:[0-9A-TV-Za-tv-z][\s-]*){10}$/;

/** A follow-up code as a visitor or counsellor types it (`ABCDE-FGHJK`); anything else is FOLLOW_UP_CODE_INVALID. */
export function followUpCodeText(): z.ZodType<string> {
  return codedPattern({
    max: 40,
    pattern: FOLLOW_UP_CODE_PATTERN,
    message: 'code de suivi attendu (10 caractères, par exemple ABCDE-FGHJK)',
    code: 'FOLLOW_UP_CODE_INVALID',
  });
}
