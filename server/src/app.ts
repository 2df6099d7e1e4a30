import { type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { ErrorFilter } from './common/error.filter.js';
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
