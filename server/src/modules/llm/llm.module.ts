import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { checkParaphrase } from '../../../../engine/src/index.js';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { LLM_CONFIG, llmConfigFromApp, loadLlmConfig, type LlmConfig } from './llm.config.js';
import { PARAPHRASE_GUARD, ParaphraseService, type ParaphraseGuard } from './paraphrase.service.js';

const services: Provider[] = [
  ParaphraseService,
  { provide: PARAPHRASE_GUARD, useValue: checkParaphrase satisfies ParaphraseGuard },
];

/**
 * LLM settings and guarded paraphrases (no database). Choice mapping, which needs the sessions and
 * the cache, is `DialogueModule`.
 */
@Module({
  providers: [
    {
      provide: LLM_CONFIG,
      // Inside the app: its validated config; alone (tools): the environment.
      useFactory: (app?: AppConfig) => (app ? llmConfigFromApp(app.llm) : loadLlmConfig()),
      inject: [{ token: APP_CONFIG, optional: true }],
    },
    ...services,
  ],
  exports: [LLM_CONFIG, ParaphraseService],
})
export class LlmModule {
  /** Same module with explicit settings (tests, tools) instead of the environment. */
  static withConfig(config: LlmConfig | null, guard?: ParaphraseGuard): DynamicModule {
    return {
      module: LlmModule,
      providers: [
        { provide: LLM_CONFIG, useValue: config },
        ...(guard ? [{ provide: PARAPHRASE_GUARD, useValue: guard }] : []),
      ],
    };
  }
}
