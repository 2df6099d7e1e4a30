import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import {
  declaredErrors,
  ERROR_BODY_SCHEMA,
  ERROR_BODY_SCHEMA_NAME,
  errorResponses,
} from './common/api-errors.js';
import type { ErrorCode } from './common/domain-error.js';
import { RATE_LIMIT } from './common/rate-limit.guard.js';
import { IS_PUBLIC } from './modules/auth/auth.decorators.js';
import { DEVICE_ACCESS, type DeviceAccess } from './modules/devices/device-auth.js';

/** What any JSON body can be refused for before the route's own schema runs. */
const JSON_BODY_ERRORS: ErrorCode[] = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'JSON_TOO_DEEP',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
];

type Operation = {
  operationId?: string;
  requestBody?: { content?: Record<string, unknown> };
  responses?: object;
};

/** The codes a route can answer, from its own declaration and the guards and pipes it carries. */
function routeErrors(controller: object, handler: object, operation: Operation): ErrorCode[] {
  const metadata = <T>(key: string): T | undefined =>
    (Reflect.getMetadata(key, handler) as T | undefined) ??
    (Reflect.getMetadata(key, controller) as T | undefined);
  const codes = new Set<ErrorCode>(declaredErrors(handler));
  if (operation.requestBody?.content?.['application/json'])
    for (const code of JSON_BODY_ERRORS) codes.add(code);
  if (!metadata<boolean>(IS_PUBLIC)) {
    codes.add('AUTH_REQUIRED');
    codes.add('INVALID_TOKEN');
    codes.add('FORBIDDEN_ROLE');
  }
  const device = metadata<DeviceAccess>(DEVICE_ACCESS);
  if (device) codes.add('DEVICE_TOKEN_INVALID');
  if (device === 'required') codes.add('DEVICE_TOKEN_REQUIRED');
  if (metadata(RATE_LIMIT)) codes.add('RATE_LIMITED');
  codes.add('DATABASE_UNAVAILABLE');
  return [...codes];
}

/** Adds the error responses of every operation (one shared error schema) to the document. */
function documentErrors(app: INestApplication, document: OpenAPIObject): void {
  const operations = new Map<string, Operation>();
  for (const item of Object.values(document.paths))
    for (const operation of Object.values(item as Record<string, Operation>))
      if (operation?.operationId) operations.set(operation.operationId, operation);
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      for (const key of Object.getOwnPropertyNames(controller.prototype)) {
        const operation = operations.get(`${controller.name}_${key}`);
        if (!operation) continue;
        const handler = (controller.prototype as Record<string, object>)[key]!;
        const errors = errorResponses(routeErrors(controller, handler, operation));
        // The health route answers its own 503 body (documented on the route).
        operation.responses = { ...errors, ...operation.responses };
      }
    }
  }
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, [ERROR_BODY_SCHEMA_NAME]: ERROR_BODY_SCHEMA as never },
  };
}

/** The OpenAPI document (request schemas from the zod schemas the server validates with), UI and JSON. */
export function setupOpenApi(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      // The schemas are JSON Schema 2020-12 (zod), which OpenAPI 3.1 embeds as is.
      .setOpenAPIVersion('3.1.0')
      .setTitle('Éclore API')
      .setDescription('API du serveur Éclore : catalogue, sessions de visite, événements, profils.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  documentErrors(app, document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return document;
}
