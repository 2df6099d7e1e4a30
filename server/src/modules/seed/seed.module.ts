import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { StaffUsersRepository } from '../auth/staff-users.repository.js';
import { MediaModule } from '../media/media.module.js';
import { ScenariosModule } from '../scenarios/scenarios.module.js';
import { SeedService } from './seed.service.js';

@Module({
  imports: [AuditModule, MediaModule, ScenariosModule],
  providers: [SeedService, StaffUsersRepository],
  exports: [SeedService],
})
export class SeedModule {}
