import { type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { AppModule, type AppModuleOptions } from './app.module.js';
import type { DrainState } from './common/draining.js';
import { ErrorFilter } from './common/error.filter.js';
import { jsonDepthLimit, jsonOnly } from './common/json-body.js';
import { RouteTable } from './common/route-table.js';
import { setupOpenApi } from './openapi.js';
import { PinoNestLogger, requestLogging } from './common/logging.js';
import { securityHeaders } from './common/security-headers.js';
import { staticClient } from './static-files.js';

export interface CreateAppOptions extends AppModuleOptions {
  /** Nest's levels when no `logger` is given. @default ['error', 'warn'] */
  logLevels?: LogLevel[] | false;
  /** JSON logs: Nest's messages and one line per request (with `X-Request-Id`). */
  logger?: Logger;
  /** Answers 503 + `Connection: close` to every request once draining begins (SIGTERM). */
  drain?: DrainState;
}

/** Builds the whole app (migrations applied, routes, docs, static client), not yet listening. */
export async function createApp(options: CreateAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false,
    logger: options.logger ? new PinoNestLogger(options.logger) : (options.logLevels ?? ['error', 'warn']),
    abortOnError: false,
  });
  app.disable('x-powered-by');
  // Default: trust no proxy (X-Forwarded-For ignored), so no client can pick its own address.
  app.set('trust proxy', options.config.trustProxy);
  if (options.drain) app.use(options.drain.gate);
  if (options.logger) app.use(requestLogging(options.logger));
  app.use(securityHeaders);
  app.useBodyParser('json', { limit: '5mb' });
  app.use(jsonDepthLimit);
  app.setGlobalPrefix('api');
  // The OpenAPI document is also the route table: 405 for a known path, 415 for a non-JSON body.
  const routes = new RouteTable();
  app.useGlobalFilters(new ErrorFilter(routes));
  routes.load(setupOpenApi(app).paths as Parameters<RouteTable['load']>[0]);
  app.use(jsonOnly(routes));

  app.use(staticClient(options.config.clientDir));
  await app.init();
  return app;
}
