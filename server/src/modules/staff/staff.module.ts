import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AccountsModule } from '../auth/accounts.module.js';
import { SitesModule } from '../sites/sites.module.js';
import { InvitationMailer } from './invitation-mailer.js';
import { StaffController } from './staff.controller.js';
import { StaffService } from './staff.service.js';

@Module({
  imports: [AuditModule, AccountsModule, SitesModule],
  controllers: [StaffController],
  providers: [StaffService, InvitationMailer],
})
export class StaffModule {}
