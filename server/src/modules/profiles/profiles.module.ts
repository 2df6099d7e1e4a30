import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ScenariosModule } from '../scenarios/scenarios.module.js';
import { SessionsModule } from '../sessions/sessions.module.js';
import { ProfilesController } from './profiles.controller.js';
import { ProfileSitesRepository } from './profile-sites.repository.js';
import { ProfilesService } from './profiles.service.js';

@Module({
  imports: [AuditModule, ScenariosModule, SessionsModule],
  controllers: [ProfilesController],
  providers: [ProfilesService, ProfileSitesRepository],
  exports: [ProfilesService],
})
export class ProfilesModule {}
