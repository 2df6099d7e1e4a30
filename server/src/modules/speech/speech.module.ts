import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { SpeechController } from './speech.controller.js';
import { STT_CONFIG, loadSttConfig, sttConfigFromApp, type SttConfig } from './speech.config.js';
import { SpeechService } from './speech.service.js';

/** Server-side speech-to-text (`POST /api/v1/speech/transcribe`). */
@Module({
  controllers: [SpeechController],
  providers: [
    {
      provide: STT_CONFIG,
      // Inside the app: its validated config; alone (tools): the environment.
      useFactory: (app?: AppConfig) => (app ? sttConfigFromApp(app.stt) : loadSttConfig()),
      inject: [{ token: APP_CONFIG, optional: true }],
    },
    SpeechService,
  ],
  exports: [SpeechService],
})
export class SpeechModule {
  /** Same module with explicit settings (tests, tools) instead of the environment. */
  static withConfig(config: SttConfig | null): DynamicModule {
    return { module: SpeechModule, providers: [{ provide: STT_CONFIG, useValue: config }] };
  }
}
