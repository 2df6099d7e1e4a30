import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { StaffUsersRepository } from '../auth/staff-users.repository.js';
import { ScenariosModule } from '../scenarios/scenarios.module.js';
import { SeedService } from './seed.service.js';

@Module({
  imports: [AuditModule, ScenariosModule],
  providers: [SeedService, StaffUsersRepository],
  exports: [SeedService],
})
export class SeedModule {}
