import { Module } from '@nestjs/common';
import { ScenariosModule } from '../scenarios/scenarios.module.js';
import { CompetencyScoresRepository } from './competency-scores.repository.js';
import { EventsRepository } from './events.repository.js';
import { SessionsController } from './sessions.controller.js';
import { SessionsService } from './sessions.service.js';
import { VisitErasureRepository } from './visit-erasure.repository.js';
import { VisitorSessionsRepository } from './visitor-sessions.repository.js';

@Module({
  imports: [ScenariosModule],
  controllers: [SessionsController],
  providers: [
    SessionsService,
    VisitorSessionsRepository,
    EventsRepository,
    CompetencyScoresRepository,
    VisitErasureRepository,
  ],
  exports: [VisitorSessionsRepository, CompetencyScoresRepository, EventsRepository, VisitErasureRepository],
})
export class SessionsModule {}
