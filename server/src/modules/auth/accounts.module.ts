import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { InvitationsRepository } from './invitations.repository.js';
import { InvitationsService } from './invitations.service.js';
import { LoginThrottleRepository } from './login-throttle.repository.js';
import { StaffSessionsRepository } from './staff-sessions.repository.js';
import { StaffUsersRepository } from './staff-users.repository.js';

/** Staff accounts, their sessions and set-password links: shared by auth, staff admin, seed and CLI. */
@Module({
  imports: [AuditModule],
  providers: [
    InvitationsRepository,
    InvitationsService,
    LoginThrottleRepository,
    StaffSessionsRepository,
    StaffUsersRepository,
  ],
  exports: [
    InvitationsRepository,
    InvitationsService,
    LoginThrottleRepository,
    StaffSessionsRepository,
    StaffUsersRepository,
  ],
})
export class AccountsModule {}
