import { z } from 'zod';

// What no person types and Postgres `text`/`jsonb` cannot store: NUL and the other C0 controls (tab, line feed and
// carriage return aside), DEL, and UTF-16 surrogates that are not part of a pair.
const UNSAFE_CHARACTER =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `value` holds a character that must never be stored (see `UNSAFE_CHARACTER`). */
export function hasUnsafeCharacter(value: string): boolean {
  return UNSAFE_CHARACTER.test(value);
}

export const UNSAFE_CHARACTER_MESSAGE = 'caractère de contrôle ou invalide non autorisé';

/**
 * A string that is safe to store and show: bounded length and no unsafe character. Every client-supplied
 * string in a DTO goes through this builder, so hostile text is a 400 at validation, never a 500 from Postgres.
 */
export function safeText(options: { max: number; min?: number }): z.ZodString {
  let schema = z.string().max(options.max);
  if (options.min !== undefined) schema = schema.min(options.min);
  return schema.refine((value) => !hasUnsafeCharacter(value), {
    message: UNSAFE_CHARACTER_MESSAGE,
  }) as unknown as z.ZodString;
}
