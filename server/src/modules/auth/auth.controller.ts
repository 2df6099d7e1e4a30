import { Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import type { Request, Response } from 'express';
import { DomainError } from '../../common/domain-error.js';
import { RateLimit } from '../../common/rate-limit.guard.js';
import { ZodBody, ZodParam } from '../../common/zod-body.js';
import {
  InvitationTokenParam,
  LoginBody,
  SetPasswordBody,
  type InvitationResponse,
  type SessionResponse,
} from './auth.dto.js';
import { AnyStaff, CurrentUser, Public } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { InvitationsService } from './invitations.service.js';
import { clearedSessionCookie, sessionCookie } from './session-token.js';
import type { StaffPrincipal } from './staff-principal.js';

/** Sets `Retry-After` from a refusal that says when to come back, then lets it through. */
function withRetryAfter(response: Response, error: unknown): never {
  const seconds = (error as DomainError | undefined)?.details as { retryAfterSeconds?: number } | undefined;
  if (error instanceof DomainError && seconds?.retryAfterSeconds)
    response.setHeader('Retry-After', String(seconds.retryAfterSeconds));
  throw error;
}

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(InvitationsService) private readonly invitations: InvitationsService,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @RateLimit({ name: 'login', capacity: 20, refillPerSecond: 10 / 60 })
  @ApiOperation({
    summary: 'Connexion du personnel : ouvre une session (cookie HttpOnly) et renvoie le jeton anti-CSRF.',
  })
  @ApiErrors('INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'RATE_LIMITED')
  async login(
    @ZodBody(LoginBody) body: LoginBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    response.setHeader('Cache-Control', 'no-store');
    const { token, ...session } = await this.auth
      .login(body, { ip: request.ip ?? 'unknown', userAgent: request.headers['user-agent'] ?? null })
      .catch((error: unknown) => withRetryAfter(response, error));
    response.setHeader('Set-Cookie', sessionCookie(token));
    return session;
  }

  @Get('me')
  @AnyStaff()
  @ApiOperation({ summary: 'La personne connectée, ses sites et le jeton anti-CSRF de sa session.' })
  me(@CurrentUser() user: StaffPrincipal): Promise<SessionResponse> {
    return this.auth.me(user);
  }

  @Post('logout')
  @HttpCode(204)
  @AnyStaff()
  @ApiOperation({ summary: 'Ferme cette session.' })
  async logout(
    @CurrentUser() user: StaffPrincipal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logout(user);
    response.setHeader('Set-Cookie', clearedSessionCookie());
  }

  @Post('logout-all')
  @HttpCode(204)
  @AnyStaff()
  @ApiOperation({
    summary: 'Ferme toutes les sessions de la personne connectée (« Se déconnecter partout »).',
  })
  async logoutAll(
    @CurrentUser() user: StaffPrincipal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logoutAll(user);
    response.setHeader('Set-Cookie', clearedSessionCookie());
  }

  @Get('invitations/:token')
  @Public()
  @RateLimit({ name: 'invitation', capacity: 20, refillPerSecond: 10 / 60 })
  @ApiOperation({ summary: 'Décrit un lien d’invitation ou de réinitialisation encore valable.' })
  describeInvitation(
    @ZodParam('token', InvitationTokenParam, 'INVITATION_INVALID') token: string,
  ): Promise<InvitationResponse> {
    return this.invitations.describe(token);
  }

  @Post('invitations/:token')
  @HttpCode(204)
  @Public()
  @RateLimit({ name: 'invitation', capacity: 20, refillPerSecond: 10 / 60 })
  @ApiOperation({ summary: 'Choisit son mot de passe avec un lien à usage unique (valable 7 jours).' })
  @ApiErrors('INVITATION_INVALID', 'PASSWORD_TOO_SHORT', 'PASSWORD_TOO_WEAK')
  acceptInvitation(
    @ZodParam('token', InvitationTokenParam, 'INVITATION_INVALID') token: string,
    @ZodBody(SetPasswordBody) body: SetPasswordBody,
  ): Promise<void> {
    return this.invitations.accept(token, body.password);
  }
}
