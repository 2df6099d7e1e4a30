import { Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import { RateLimit } from '../../common/rate-limit.guard.js';
import { ZodBody } from '../../common/zod-body.js';
import { LoginBody, type LoginResponse } from './auth.dto.js';
import { Public } from './auth.decorators.js';
import { AuthService } from './auth.service.js';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @RateLimit({ name: 'login', capacity: 20, refillPerSecond: 10 / 60 })
  @ApiOperation({ summary: 'Connexion du personnel : renvoie un jeton porteur signé.' })
  @ApiErrors('INVALID_CREDENTIALS')
  login(@ZodBody(LoginBody) body: LoginBody): Promise<LoginResponse> {
    return this.auth.login(body);
  }
}
