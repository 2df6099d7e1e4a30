import fc from 'fast-check';
import type { DataSource } from 'typeorm';

// Values no honest client sends, by what the field expects. Each generator only yields values that the field must
// refuse, so any 2xx (or a changed database) is a bug, and any 5xx is a crash.

/** Characters Postgres `text`/`jsonb` cannot hold (NUL, lone surrogates). */
const UNSTORABLE = fc.constantFrom('\u0000', '\ud800', '\udfff', '\udbff\u0041');
/** Characters no person types (other C0 controls, DEL), refused by `safeText`. */
const CONTROL = fc.constantFrom('\u0001', '\u0007', '\u0008', '\u000b', '\u001b', '\u001f', '\u007f');

/** Some text with `bad` inside it, at the start, the end or in the middle. */
const around = (bad: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.string({ maxLength: 8 }), bad, fc.string({ maxLength: 8 }))
    .map(([before, char, after]) => `${before}${char}${after}`);

/** Objects and arrays nested `depth` levels deep (kept shallow enough for JSON.stringify in a Jest worker). */
export function nested(depth: number): unknown {
  let value: unknown = 'fond';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** The JSON text of a value nested `depth` levels deep, written without recursion (5,000 levels and more). */
export function nestedJson(depth: number): string {
  return `${'{"a":['.repeat(depth / 2)}"fond"${']}'.repeat(depth / 2)}`;
}

const deep = fc.constantFrom(nested(40), nested(200));
const overLong = fc.integer({ min: 2_100, max: 6_000 }).map((n) => 'é'.repeat(n));
const wrongTypes = fc.constantFrom<unknown>(null, true, [], {}, ['x'], { $ne: null });
const hugeNumbers = fc.constantFrom(-1, 1.5, 2 ** 31, 2 ** 53 + 2, 1e300, -1e300, Number.MAX_VALUE);

export type FieldKind = 'text' | 'uuid' | 'date' | 'int' | 'enum' | 'payload';

/** Hostile values for a field of this kind. */
export function hostileFor(kind: FieldKind): fc.Arbitrary<unknown> {
  const strings = fc.oneof(around(UNSTORABLE), around(CONTROL));
  switch (kind) {
    case 'text':
      return fc.oneof(strings, overLong, wrongTypes, hugeNumbers, deep);
    case 'uuid':
      return fc.oneof(
        fc.constantFrom(
          '00000000-0000-0000-0000-000000000000',
          'ffffffff-ffff-ffff-ffff-ffffffffffff',
          '00000000-0000-0000-0000-00000000000',
        ),
        strings,
        overLong,
        wrongTypes,
        hugeNumbers,
      );
    case 'date':
      return fc.oneof(
        fc.constantFrom(
          '0000-01-01T00:00:00.000Z',
          '9999-12-31T23:59:59.999Z',
          '1999-12-31T23:59:59Z',
          '2026-02-30T10:00:00Z',
          '2026-13-01T10:00:00Z',
          '+275760-09-13T00:00:00.000Z',
          '2026-12-02T10:00:00',
        ),
        strings,
        wrongTypes,
        hugeNumbers,
      );
    case 'int':
      return fc.oneof(hugeNumbers, strings, fc.constantFrom('1', '1e3', 'NaN'), wrongTypes);
    case 'enum':
      return fc.oneof(strings, overLong, wrongTypes, hugeNumbers);
    case 'payload':
      // What an event payload may hold (any JSON) that Postgres cannot store or the server cannot walk.
      return fc.oneof(
        around(UNSTORABLE).map((text) => ({ text })),
        around(UNSTORABLE).map((key) => ({ [key]: 'valeur' })),
        deep.map((value) => ({ value })),
      );
  }
}

/** Hostile path segments: already percent-encoded (invalid UTF-8, NUL, traversal, over-long). */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '%00',
    'abc%00def',
    '%ED%A0%80',
    '%FF%FE',
    '%C0%AE%C0%AE',
    '..%2F..%2Fetc%2Fpasswd',
    '%E2%80%AE',
    '00000000-0000-0000-0000-000000000000',
    '%07%1B',
  ),
  fc.integer({ min: 300, max: 3_000 }).map((n) => 'a'.repeat(n)),
  around(fc.constantFrom('\u0000', '\u0007', '\u007f')).map((text) => encodeURIComponent(text)),
);

/**
 * One checksum per table of the public schema (rate-limit tables and the devices' `last_seen_at` aside: those
 * change on any request, hostile or not).
 */
export async function tableChecksums(dataSource: DataSource): Promise<Record<string, string>> {
  const tables = (await dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name !~ '(rate|limit|migrations)'
      ORDER BY table_name`,
  )) as { name: string }[];
  const row = `md5((to_jsonb(t) - 'last_seen_at')::text)`;
  const rows = (await dataSource.query(
    tables
      .map(
        ({ name }) =>
          `SELECT '${name}' AS name, count(*)::int AS n, coalesce(md5(string_agg(${row}, ',' ORDER BY ${row})), '') AS sum FROM "${name}" t`,
      )
      .join(' UNION ALL '),
  )) as { name: string; n: number; sum: string }[];
  return Object.fromEntries(rows.map((r) => [r.name, `${r.n}:${r.sum}`]));
}
