import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';

// fast-check arbitraries from the JSON Schema subset the API document uses (zod 4 output: object, string with
// min/max length and patterns, integer/number bounds, enum, anyOf, array with min/max items, `x-unique-by`).
// Every value is checked against the schema by Ajv, the reference validator: « valid » and « invalid » mean what
// the document says, whatever shortcut the generator took.

// The schemas come from the document and are walked by the generator: loosely typed on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Schema = Record<string, any>;

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
ajv.addKeyword({
  keyword: 'x-unique-by',
  type: 'array',
  validate: (key: string, items: unknown[]) =>
    new Set(items.map((item) => (item as Record<string, unknown>)?.[key])).size === items.length,
});

const validators = new WeakMap<Schema, (value: unknown) => boolean>();
/** Ajv's verdict on `value` for `schema`. */
export function conforms(schema: Schema, value: unknown): boolean {
  let validate = validators.get(schema);
  if (!validate) {
    const compiled = ajv.compile(schema);
    validate = (value) => compiled(value) as boolean;
    validators.set(schema, validate);
  }
  return validate(value);
}

function patternsOf(schema: Schema): RegExp[] {
  const sources = [schema.pattern, ...((schema.allOf as Schema[] | undefined) ?? []).map((s) => s.pattern)];
  return sources.filter((s): s is string => typeof s === 'string').map((s) => new RegExp(s));
}

function typeOf(schema: Schema): string | undefined {
  if (schema.type) return schema.type as string;
  if (schema.properties) return 'object';
  return undefined;
}

function stringArbitrary(schema: Schema): fc.Arbitrary<string> {
  const min = (schema.minLength as number | undefined) ?? 0;
  const patterns = patternsOf(schema);
  if (patterns.length === 0)
    return fc.string({ minLength: min, maxLength: Math.min(schema.maxLength ?? 40, min + 40) });
  // A pattern sets its own lengths (e.g. 64 hexadecimal digits): only the documented bounds filter.
  const max = (schema.maxLength as number | undefined) ?? Infinity;
  const fits = (s: string) => s.length >= min && s.length <= max && patterns.every((p) => p.test(s));
  // The last pattern is the most specific (safeText puts its character rule first, then the format): generate
  // from it, so that the filter rarely refuses.
  return fc.stringMatching(patterns.at(-1)!).filter(fits);
}

function rawValid(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...(schema.enum as unknown[]));
  if (schema.anyOf) return fc.oneof(...(schema.anyOf as Schema[]).map((s) => rawValid(s, depth)));
  switch (typeOf(schema)) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({
        min: schema.minimum ?? -1e6,
        max: schema.maximum ?? 1e6,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const items = rawValid(schema.items ?? {}, depth + 1);
      const constraints = {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, (schema.minItems ?? 0) + 3),
      };
      const key = schema['x-unique-by'] as string | undefined;
      return key
        ? fc.uniqueArray(items, {
            ...constraints,
            selector: (item) => (item as Record<string, unknown>)[key],
          })
        : fc.array(items, constraints);
    }
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = (schema.required ?? []) as string[];
      const known = fc.record(
        Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, rawValid(s, depth + 1)])),
        { requiredKeys: required },
      );
      const extra = schema.additionalProperties;
      if (extra === false || Object.keys(properties).length > 0) return known;
      return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), rawValid(extra ?? {}, depth + 1), {
        maxKeys: 4,
      });
    }
    default:
      // `{}`: any JSON value (shallow).
      return depth > 2 ? fc.oneof(fc.string(), fc.integer(), fc.boolean()) : fc.jsonValue({ maxDepth: 2 });
  }
}

/** Values the schema accepts. */
export function validFor(schema: Schema): fc.Arbitrary<unknown> {
  return rawValid(schema, 0).filter((value) => conforms(schema, value));
}

/** True when some string breaks the schema (a constraint to break exists). */
export function hasStringConstraint(schema: Schema): boolean {
  return Boolean(schema.pattern || schema.allOf || schema.maxLength || schema.minLength || schema.enum);
}

function rawInvalid(schema: Schema): fc.Arbitrary<unknown> {
  const candidates: fc.Arbitrary<unknown>[] = [
    fc.constantFrom<unknown>(null, 42, -1, 1.5, 'texte', true, [], {}, [1, 2]),
  ];
  const type = typeOf(schema);
  if (type === 'string' || schema.enum) {
    candidates.push(fc.string({ maxLength: 30 }), fc.constantFrom('', 'inconnu', '../x', ' '));
    if (schema.maxLength !== undefined) candidates.push(fc.constant('a'.repeat(schema.maxLength + 1)));
  }
  if (type === 'integer' || type === 'number') {
    if (schema.minimum !== undefined) candidates.push(fc.constant(schema.minimum - 1));
    if (schema.maximum !== undefined) candidates.push(fc.constant(schema.maximum + 1));
    candidates.push(fc.constant(0.5), fc.constant('1'));
  }
  if (type === 'array') {
    candidates.push(fc.array(rawInvalid(schema.items ?? {}), { minLength: 1, maxLength: 2 }));
    if (schema.maxItems !== undefined)
      candidates.push(
        fc.array(rawValid(schema.items ?? {}, 1), {
          minLength: schema.maxItems + 1,
          maxLength: schema.maxItems + 1,
        }),
      );
  }
  if (type === 'object' && schema.properties) {
    const properties = schema.properties as Record<string, Schema>;
    const base = rawValid(schema, 0) as fc.Arbitrary<Record<string, unknown>>;
    for (const [key, property] of Object.entries(properties))
      candidates.push(fc.tuple(base, rawInvalid(property)).map(([value, bad]) => ({ ...value, [key]: bad })));
    for (const key of (schema.required ?? []) as string[])
      candidates.push(
        base.map((value) => {
          const copy = { ...value };
          delete copy[key];
          return copy;
        }),
      );
    if (schema.additionalProperties === false)
      candidates.push(base.map((value) => ({ ...value, champInconnu: 1 })));
  }
  return fc.oneof(...candidates);
}

/** Values the schema refuses (each one breaks one of its rules). */
export function invalidFor(schema: Schema): fc.Arbitrary<unknown> {
  return rawInvalid(schema).filter((value) => !conforms(schema, value));
}
