import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RateLimit } from '../../common/rate-limit.guard.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import type { ProfileResponse } from './profiles.dto.js';
import { ProfilesService } from './profiles.service.js';

@ApiTags('profils')
@ApiBearerAuth()
@Controller('v1/profiles')
export class ProfilesController {
  constructor(@Inject(ProfilesService) private readonly profiles: ProfilesService) {}

  @Get(':code')
  @Roles('counsellor', 'admin')
  @RateLimit({ name: 'profile-lookup', capacity: 30, refillPerSecond: 30 / 60 })
  @ApiOperation({ summary: 'Profil de compétences d’un parcours, retrouvé par son code de suivi.' })
  byCode(@Param('code') code: string, @CurrentUser() user: StaffPrincipal): Promise<ProfileResponse> {
    return this.profiles.byFollowUpCode(code, user);
  }
}
