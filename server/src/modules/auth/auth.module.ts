import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { StaffUsersRepository } from './staff-users.repository.js';
import { TokenService } from './token.service.js';

@Module({})
export class AuthModule {
  /** @param secret resolved at boot (AUTH_SECRET or the persisted one) */
  static forRoot(secret: string): DynamicModule {
    return {
      module: AuthModule,
      imports: [AuditModule],
      controllers: [AuthController],
      providers: [
        { provide: TokenService, useValue: new TokenService(secret) },
        { provide: APP_GUARD, useClass: AuthGuard },
        AuthService,
        StaffUsersRepository,
      ],
      exports: [StaffUsersRepository],
    };
  }
}
