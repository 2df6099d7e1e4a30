import { ERROR_STATUS, type ErrorCode } from './domain-error.js';

const API_ERRORS = 'eclore:api-errors';

/** Adds codes that a route can answer to its metadata (read when the OpenAPI document is built). */
export function declareErrors(
  target: object,
  propertyKey: string | symbol,
  codes: readonly ErrorCode[],
): void {
  const handler = (target as Record<string | symbol, unknown>)[propertyKey] as object;
  const known = (Reflect.getMetadata(API_ERRORS, handler) as ErrorCode[] | undefined) ?? [];
  Reflect.defineMetadata(API_ERRORS, [...new Set([...known, ...codes])], handler);
}

/**
 * The error codes proper to a route (not found, conflicts…). Generic ones (validation, authentication, rate
 * limit, database) are added from the route's own metadata when the document is built.
 */
export function ApiErrors(...codes: ErrorCode[]): MethodDecorator {
  return (target, propertyKey) => declareErrors(target, propertyKey, codes);
}

export function declaredErrors(handler: object): ErrorCode[] {
  return (Reflect.getMetadata(API_ERRORS, handler) as ErrorCode[] | undefined) ?? [];
}

export const ERROR_BODY_SCHEMA_NAME = 'ErrorBody';

/** The one error body of the API, as an OpenAPI component. */
export const ERROR_BODY_SCHEMA = {
  type: 'object',
  description: 'Toute erreur : statut HTTP, code machine et message en français.',
  properties: {
    statusCode: { type: 'integer', minimum: 400, maximum: 599 },
    code: { type: 'string', enum: Object.keys(ERROR_STATUS) },
    message: { type: 'string' },
    details: { description: 'Précisions facultatives (par exemple les champs refusés).' },
  },
  required: ['statusCode', 'code', 'message'],
};

/** The responses of `codes`, one per HTTP status, each restricting the component's `code` to its enum. */
export function errorResponses(codes: Iterable<ErrorCode>): Record<string, object> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set(codes)) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, object> = {};
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: list.join(', '),
      content: {
        'application/json': {
          schema: {
            allOf: [
              { $ref: `#/components/schemas/${ERROR_BODY_SCHEMA_NAME}` },
              {
                type: 'object',
                properties: {
                  statusCode: { type: 'integer', enum: [status] },
                  code: { type: 'string', enum: list },
                },
              },
            ],
          },
        },
      },
    };
  }
  return responses;
}
