import { Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '../../common/domain-error.js';
import { ZodBody } from '../../common/zod-body.js';
import { AnyStaff, CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import { CreateSiteBody, UpdateSiteBody, type SiteResponse } from './sites.dto.js';
import { SitesService } from './sites.service.js';

// A function, not a constant: ESLint's no-useless-assignment misses uses inside parameter decorators.
function parseSiteId(): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => new DomainError('SITE_NOT_FOUND') });
}

@ApiTags('sites')
@Controller('v1/sites')
export class SitesController {
  constructor(@Inject(SitesService) private readonly sites: SitesService) {}

  @Get()
  @AnyStaff()
  @ApiOperation({ summary: 'Les sites (tous pour un administrateur, les siens pour les autres).' })
  list(@CurrentUser() user: StaffPrincipal): Promise<SiteResponse[]> {
    return this.sites.list(user);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Ajoute un site.' })
  create(
    @ZodBody(CreateSiteBody) body: CreateSiteBody,
    @CurrentUser() user: StaffPrincipal,
  ): Promise<SiteResponse> {
    return this.sites.create(body, user);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Renomme, déplace, désactive ou réactive un site.' })
  update(
    @Param('id', parseSiteId()) id: string,
    @ZodBody(UpdateSiteBody) body: UpdateSiteBody,
    @CurrentUser() user: StaffPrincipal,
  ): Promise<SiteResponse> {
    return this.sites.update(id, body, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({ summary: 'Supprime un site qui n’a jamais eu de visite, de casque ni de personnel.' })
  remove(@Param('id', parseSiteId()) id: string, @CurrentUser() user: StaffPrincipal): Promise<void> {
    return this.sites.remove(id, user);
  }
}
