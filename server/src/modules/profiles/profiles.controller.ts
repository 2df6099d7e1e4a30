import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import { RateLimit } from '../../common/rate-limit.guard.js';
import { ZodParam } from '../../common/zod-body.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import { FollowUpCodeParam, type ProfileResponse } from './profiles.dto.js';
import { ProfilesService } from './profiles.service.js';

@ApiTags('profils')
@Controller('v1/profiles')
export class ProfilesController {
  constructor(@Inject(ProfilesService) private readonly profiles: ProfilesService) {}

  @Get(':code')
  @Roles('counsellor', 'admin')
  @RateLimit({ name: 'profile-lookup', capacity: 30, refillPerSecond: 30 / 60 })
  @ApiOperation({ summary: 'Profil de compétences d’un parcours, retrouvé par son code de suivi.' })
  @ApiErrors('PROFILE_NOT_FOUND', 'PROFILE_NOT_READY')
  byCode(
    @ZodParam('code', FollowUpCodeParam, 'FOLLOW_UP_CODE_INVALID') code: string,
    @CurrentUser() user: StaffPrincipal,
  ): Promise<ProfileResponse> {
    return this.profiles.byFollowUpCode(code, user);
  }
}
