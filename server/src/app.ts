import { type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Logger } from 'pino';
import { AppModule, type AppModuleOptions } from './app.module.js';
import type { DrainState } from './common/draining.js';
import { ErrorFilter } from './common/error.filter.js';
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
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new ErrorFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Éclore API')
      .setDescription('API du serveur Éclore : catalogue, sessions de visite, événements, profils.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  app.use(staticClient(options.config.clientDir));
  await app.init();
  return app;
}
