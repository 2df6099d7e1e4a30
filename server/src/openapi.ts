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
import { SESSION_COOKIE } from './modules/auth/session-token.js';
import { DEVICE_ACCESS, type DeviceAccess } from './modules/devices/device-auth.js';

/** What any JSON body can be refused for before the route's own schema runs. */
const JSON_BODY_ERRORS: ErrorCode[] = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'JSON_TOO_DEEP',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
];

/** Methods the staff session accepts without the anti-CSRF token (same list as AuthGuard). */
const SAFE_METHODS = new Set(['get', 'head', 'options']);

/** Staff authenticate with the HttpOnly session cookie, plus the anti-CSRF header on unsafe methods. */
const STAFF_COOKIE = 'staffSession';
const STAFF_CSRF = 'csrfToken';

type Operation = {
  security?: Record<string, string[]>[];
  operationId?: string;
  requestBody?: { content?: Record<string, unknown> };
  responses?: object;
};

/** The codes a route can answer, from its own declaration and the guards and pipes it carries. */
function routeErrors(controller: object, handler: object, operation: Operation, method: string): ErrorCode[] {
  const metadata = <T>(key: string): T | undefined =>
    (Reflect.getMetadata(key, handler) as T | undefined) ??
    (Reflect.getMetadata(key, controller) as T | undefined);
  const codes = new Set<ErrorCode>(declaredErrors(handler));
  if (operation.requestBody?.content?.['application/json'])
    for (const code of JSON_BODY_ERRORS) codes.add(code);
  // Not public: AuthGuard asks for a staff session with a role (`@Roles`, `@AnyStaff`; none: refused to all).
  if (!metadata<boolean>(IS_PUBLIC)) {
    codes.add('AUTH_REQUIRED');
    codes.add('SESSION_EXPIRED');
    codes.add('FORBIDDEN_ROLE');
    if (!SAFE_METHODS.has(method)) codes.add('CSRF_TOKEN_INVALID');
    operation.security = [
      SAFE_METHODS.has(method) ? { [STAFF_COOKIE]: [] } : { [STAFF_COOKIE]: [], [STAFF_CSRF]: [] },
    ];
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
  const operations = new Map<string, { operation: Operation; method: string }>();
  for (const item of Object.values(document.paths))
    for (const [method, operation] of Object.entries(item as Record<string, Operation>))
      if (operation?.operationId) operations.set(operation.operationId, { operation, method });
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      for (const key of Object.getOwnPropertyNames(controller.prototype)) {
        const found = operations.get(`${controller.name}_${key}`);
        if (!found) continue;
        const { operation, method } = found;
        const handler = (controller.prototype as Record<string, object>)[key]!;
        const errors = errorResponses(routeErrors(controller, handler, operation, method));
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
      .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE }, STAFF_COOKIE)
      .addApiKey(
        {
          type: 'apiKey',
          in: 'header',
          name: 'X-CSRF-Token',
          description:
            'Le jeton anti-CSRF de la session (réponse de la connexion), sur POST, PUT, PATCH et DELETE.',
        },
        STAFF_CSRF,
      )
      .build(),
  );
  documentErrors(app, document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return document;
}
