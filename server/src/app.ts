import { type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { ErrorFilter } from './common/error.filter.js';
import { jsonDepthLimit, jsonOnly } from './common/json-body.js';
import { RouteTable } from './common/route-table.js';
import { setupOpenApi } from './openapi.js';
import { securityHeaders } from './common/security-headers.js';
import { staticClient } from './static-files.js';

export interface CreateAppOptions extends AppModuleOptions {
  /** @default ['error', 'warn'] */
  logLevels?: LogLevel[] | false;
}

/** Builds the whole app (migrations applied, routes, docs, static client), not yet listening. */
export async function createApp(options: CreateAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false,
    logger: options.logLevels ?? ['error', 'warn'],
    abortOnError: false,
  });
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
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
