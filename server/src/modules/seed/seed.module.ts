import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AccountsModule } from '../auth/accounts.module.js';
import { MediaModule } from '../media/media.module.js';
import { ScenariosModule } from '../scenarios/scenarios.module.js';
import { SitesModule } from '../sites/sites.module.js';
import { SeedService } from './seed.service.js';

@Module({
  imports: [AuditModule, AccountsModule, MediaModule, ScenariosModule, SitesModule],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
