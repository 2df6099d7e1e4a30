import { Controller, Delete, Get, HttpCode, Inject, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import { ZodBody, ZodParam } from '../../common/zod-body.js';
import { AnyStaff, CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import {
  CreateSiteBody,
  SiteIdParam,
  SiteScenariosBody,
  UpdateSiteBody,
  type SiteResponse,
  type SiteScenarioResponse,
} from './sites.dto.js';
import { SitesService } from './sites.service.js';

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
  @ApiErrors('SITE_NAME_TAKEN')
  create(
    @ZodBody(CreateSiteBody) body: CreateSiteBody,
    @CurrentUser() user: StaffPrincipal,
  ): Promise<SiteResponse> {
    return this.sites.create(body, user);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Renomme, déplace, désactive ou réactive un site.' })
  @ApiErrors('SITE_NOT_FOUND', 'SITE_NAME_TAKEN')
  update(
    @ZodParam('id', SiteIdParam, 'SITE_NOT_FOUND') id: string,
    @ZodBody(UpdateSiteBody) body: UpdateSiteBody,
    @CurrentUser() user: StaffPrincipal,
  ): Promise<SiteResponse> {
    return this.sites.update(id, body, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({ summary: 'Supprime un site qui n’a jamais eu de visite, de casque ni de personnel.' })
  @ApiErrors('SITE_NOT_FOUND', 'SITE_IN_USE')
  remove(
    @ZodParam('id', SiteIdParam, 'SITE_NOT_FOUND') id: string,
    @CurrentUser() user: StaffPrincipal,
  ): Promise<void> {
    return this.sites.remove(id, user);
  }

  @Get(':id/scenarios')
  @Roles('admin')
  @ApiOperation({ summary: 'Les scénarios publiés et, pour chacun, si ce site le propose sur ses casques.' })
  @ApiErrors('SITE_NOT_FOUND')
  scenarios(@ZodParam('id', SiteIdParam, 'SITE_NOT_FOUND') id: string): Promise<SiteScenarioResponse[]> {
    return this.sites.scenarios(id);
  }

  @Put(':id/scenarios')
  @Roles('admin')
  @ApiOperation({
    summary: 'Choisit les scénarios que ce site propose (les casques du site ne montrent plus les autres).',
  })
  @ApiErrors('SITE_NOT_FOUND', 'SCENARIO_NOT_FOUND')
  setScenarios(
    @ZodParam('id', SiteIdParam, 'SITE_NOT_FOUND') id: string,
    @ZodBody(SiteScenariosBody) body: SiteScenariosBody,
    @CurrentUser() user: StaffPrincipal,
  ): Promise<SiteScenarioResponse[]> {
    return this.sites.setScenarios(id, body, user);
  }
}
