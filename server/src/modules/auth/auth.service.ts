import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/domain-error.js';
import type { LoginBody, LoginResponse } from './auth.dto.js';
import { verifyPassword } from './password.js';
import { StaffUsersRepository } from './staff-users.repository.js';
import { TokenService } from './token.service.js';
import { AuditRepository } from '../audit/audit.repository.js';

// Verified when the email is unknown, so timing does not reveal which emails exist.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

@Injectable()
export class AuthService {
  constructor(
    @Inject(StaffUsersRepository) private readonly users: StaffUsersRepository,
    @Inject(TokenService) private readonly tokens: TokenService,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
  ) {}

  async login(body: LoginBody): Promise<LoginResponse> {
    const user = await this.users.findActiveByEmail(body.email);
    const valid = await verifyPassword(body.password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !valid) throw new DomainError('INVALID_CREDENTIALS');
    await this.audit.record({ actorId: user.id, action: 'auth.login' });
    return {
      accessToken: this.tokens.sign({ sub: user.id, email: user.email, role: user.role }),
      user: { email: user.email, role: user.role },
    };
  }
}
