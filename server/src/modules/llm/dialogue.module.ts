import { Module } from '@nestjs/common';
import { ScenariosModule } from '../scenarios/scenarios.module.js';
import { SessionsModule } from '../sessions/sessions.module.js';
import { ChoiceMappingService } from './choice-mapping.service.js';
import { DecisionService } from './decision.service.js';
import { DialogueController } from './dialogue.controller.js';
import { LlmCacheRepository } from './llm-cache.repository.js';
import { LlmModule } from './llm.module.js';

/** `POST /api/v1/dialogue/map-choice`: the session's current decision, the matcher, then the LLM. */
@Module({
  imports: [LlmModule, SessionsModule, ScenariosModule],
  controllers: [DialogueController],
  providers: [ChoiceMappingService, DecisionService, LlmCacheRepository],
  exports: [ChoiceMappingService],
})
export class DialogueModule {}
