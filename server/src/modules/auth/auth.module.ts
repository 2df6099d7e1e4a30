import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module.js';
import { AccountsModule } from './accounts.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { AUTH_SECRET } from './session-token.js';

@Module({})
export class AuthModule {
  /** @param secret resolved at boot (AUTH_SECRET or the persisted one): keys the session hashes */
  static forRoot(secret: string): DynamicModule {
    return {
      module: AuthModule,
      imports: [AuditModule, AccountsModule],
      controllers: [AuthController],
      providers: [
        { provide: AUTH_SECRET, useValue: secret },
        { provide: APP_GUARD, useClass: AuthGuard },
        AuthService,
      ],
      exports: [AccountsModule],
    };
  }
}
