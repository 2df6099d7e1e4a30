import { Module } from '@nestjs/common';
import { ScenariosModule } from '../scenarios/scenarios.module.js';
import { CompetencyScoresRepository } from './competency-scores.repository.js';
import { EventsRepository } from './events.repository.js';
import { SessionsController } from './sessions.controller.js';
import { SessionsService } from './sessions.service.js';
import { VisitorSessionsRepository } from './visitor-sessions.repository.js';

@Module({
  imports: [ScenariosModule],
  controllers: [SessionsController],
  providers: [SessionsService, VisitorSessionsRepository, EventsRepository, CompetencyScoresRepository],
  exports: [VisitorSessionsRepository, CompetencyScoresRepository, EventsRepository],
})
export class SessionsModule {}
