import { Controller, Delete, Get, HttpCode, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import { RateLimit } from '../../common/rate-limit.guard.js';
import { ZodParam } from '../../common/zod-body.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import { FollowUpCodeParam, type ProfileResponse } from './profiles.dto.js';
import { ProfilesService } from './profiles.service.js';

/** The staff look-up's limit: also the « Mes données » routes' (my-data.controller.ts). */
export const FOLLOW_UP_CODE_RATE_LIMIT = { capacity: 30, refillPerSecond: 30 / 60 } as const;

@ApiTags('profils')
@Controller('v1/profiles')
export class ProfilesController {
  constructor(@Inject(ProfilesService) private readonly profiles: ProfilesService) {}

  @Get(':code')
  @Roles('counsellor', 'admin')
  @RateLimit({ name: 'profile-lookup', ...FOLLOW_UP_CODE_RATE_LIMIT })
  @ApiOperation({ summary: 'Profil de compétences d’un parcours, retrouvé par son code de suivi.' })
  @ApiErrors('PROFILE_NOT_FOUND', 'PROFILE_NOT_READY')
  byCode(
    @ZodParam('code', FollowUpCodeParam, 'FOLLOW_UP_CODE_INVALID') code: string,
    @CurrentUser() user: StaffPrincipal,
  ): Promise<ProfileResponse> {
    return this.profiles.byFollowUpCode(code, user);
  }

  @Delete(':code')
  @HttpCode(204)
  @Roles('counsellor', 'admin')
  // The same bucket as the look-up: both answer whether a code exists.
  @RateLimit({ name: 'profile-lookup', ...FOLLOW_UP_CODE_RATE_LIMIT })
  @ApiOperation({
    summary:
      'Efface une visite à la demande du visiteur (événements, réponses, scores, transcriptions). Journalisé sans le code.',
  })
  @ApiErrors('PROFILE_NOT_FOUND')
  erase(
    @ZodParam('code', FollowUpCodeParam, 'FOLLOW_UP_CODE_INVALID') code: string,
    @CurrentUser() user: StaffPrincipal,
  ): Promise<void> {
    return this.profiles.eraseByFollowUpCode(code, user);
  }
}
