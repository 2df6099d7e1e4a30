import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { runMigrationsLocked } from './database/advisory-lock.js';
import { guardPoolClients } from './database/database-errors.js';
import { buildDataSourceOptions } from './database/options.js';
import { AuditApiModule } from './modules/audit/audit-api.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { DialogueModule } from './modules/llm/dialogue.module.js';
import { LlmModule } from './modules/llm/llm.module.js';
import { MyDataModule } from './modules/my-data/my-data.module.js';
import { ProfilesModule } from './modules/profiles/profiles.module.js';
import { ScenariosModule } from './modules/scenarios/scenarios.module.js';
import { SeedModule } from './modules/seed/seed.module.js';
import { SessionsModule } from './modules/sessions/sessions.module.js';
import { SpeechModule } from './modules/speech/speech.module.js';
import { DemographicsModule } from './modules/demographics/demographics.module.js';
import { DevicesModule } from './modules/devices/devices.module.js';
import { VoiceModule } from './modules/voice/voice.module.js';
import { MediaModule } from './modules/media/media.module.js';
import { SitesModule } from './modules/sites/sites.module.js';
import { StaffModule } from './modules/staff/staff.module.js';
import { JobsModule } from './modules/jobs/jobs.module.js';
import { RetentionModule } from './modules/retention/retention.module.js';
import { ReportsModule } from './modules/reports/reports.module.js';
import { StudioModule } from './modules/studio/studio.module.js';

export interface AppModuleOptions {
  config: AppConfig;
  /** The external DATABASE_URL or the embedded cluster's URL. */
  databaseUrl: string;
  /** AUTH_SECRET or the one persisted in the data dir. */
  authSecret: string;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, authSecret }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...buildDataSourceOptions(databaseUrl),
            // Fail fast with a clear message rather than retrying for half a minute.
            retryAttempts: 1,
            retryDelay: 500,
          }),
          // Migrations under an advisory lock: instances starting together take turns.
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            guardPoolClients(
              (dataSource.driver as unknown as { master?: Parameters<typeof guardPoolClients>[0] }).master,
            );
            await runMigrationsLocked(dataSource);
            return dataSource;
          },
        }),
        AuditModule,
        AuditApiModule,
        AuthModule.forRoot(authSecret),
        HealthModule,
        ScenariosModule,
        SessionsModule,
        ProfilesModule,
        MyDataModule,
        LlmModule,
        DialogueModule,
        SpeechModule,
        DevicesModule,
        DemographicsModule,
        ReportsModule,
        VoiceModule,
        MediaModule,
        SitesModule,
        StaffModule,
        JobsModule,
        RetentionModule,
        StudioModule,
        SeedModule,
      ],
    };
  }
}
