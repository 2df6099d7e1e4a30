import { Module } from '@nestjs/common';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { DevicesModule } from '../devices/devices.module.js';
import { ScenariosModule } from '../scenarios/scenarios.module.js';
import { TTS_PROVIDERS, ttsProviders } from './voice.config.js';
import { VoiceClipsRepository } from './voice-clips.repository.js';
import { VoiceController } from './voice.controller.js';
import { VoiceService } from './voice.service.js';

/** Voice out: the audio of each line of a published version (`…/versions/:versionId/voice`). */
@Module({
  imports: [ScenariosModule, DevicesModule],
  controllers: [VoiceController],
  providers: [
    { provide: TTS_PROVIDERS, useFactory: (app: AppConfig) => ttsProviders(app), inject: [APP_CONFIG] },
    VoiceClipsRepository,
    VoiceService,
  ],
})
export class VoiceModule {}
