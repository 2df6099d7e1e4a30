import { Body, Param, Query } from '@nestjs/common';
import { ApiBody, ApiParam, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { declareErrors } from './api-errors.js';
import type { ErrorCode } from './domain-error.js';
import { ZodValidationPipe } from './zod-validation.pipe.js';

/** The JSON Schema of what a client sends (`io: 'input'`), as OpenAPI 3.1 embeds it. */
export function toOpenApiSchema(schema: z.ZodType): Record<string, unknown> {
  const jsonSchema = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  delete jsonSchema.$schema;
  return jsonSchema;
}

function methodOf(target: object, propertyKey: string | symbol | undefined): PropertyDescriptor | undefined {
  return propertyKey === undefined ? undefined : Object.getOwnPropertyDescriptor(target, propertyKey);
}

/** `@Body()` validated by a zod schema, also documented in OpenAPI from the same schema. */
export function ZodBody(schema: z.ZodType): ParameterDecorator {
  return (target, propertyKey, index) => {
    Body(new ZodValidationPipe(schema))(target, propertyKey, index);
    const descriptor = methodOf(target, propertyKey);
    if (!descriptor) return;
    // A schema with a default (e.g. `{}`) accepts no body at all.
    const required = !(schema.safeParse(undefined).success as boolean);
    ApiBody({ schema: toOpenApiSchema(schema), required })(target, propertyKey!, descriptor);
  };
}

/**
 * One path parameter validated by a zod schema and documented from it. A refused value answers `code`
 * (`VALIDATION_FAILED`, or the resource that cannot exist, e.g. `SESSION_NOT_FOUND`).
 */
export function ZodParam(
  name: string,
  schema: z.ZodType,
  code: ErrorCode = 'VALIDATION_FAILED',
): ParameterDecorator {
  return (target, propertyKey, index) => {
    Param(name, new ZodValidationPipe(schema, code, name))(target, propertyKey, index);
    const descriptor = methodOf(target, propertyKey);
    if (!descriptor) return;
    ApiParam({ name, required: true, schema: toOpenApiSchema(schema) as never })(
      target,
      propertyKey!,
      descriptor,
    );
    declareErrors(target, propertyKey!, [code]);
  };
}

/** The whole query string validated by a zod object schema; each property documented as a query parameter. */
export function ZodQuery(schema: z.ZodObject): ParameterDecorator {
  return (target, propertyKey, index) => {
    Query(new ZodValidationPipe(schema, 'VALIDATION_FAILED', '(requête)'))(target, propertyKey, index);
    const descriptor = methodOf(target, propertyKey);
    if (!descriptor) return;
    const json = toOpenApiSchema(schema) as { properties?: Record<string, object>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {}))
      ApiQuery({ name, required: json.required?.includes(name) ?? false, schema: property as never })(
        target,
        propertyKey!,
        descriptor,
      );
    declareErrors(target, propertyKey!, ['VALIDATION_FAILED']);
  };
}
