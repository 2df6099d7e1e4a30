import { Controller, Get, HttpCode, Inject, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import { ZodBody, ZodParam } from '../../common/zod-body.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import {
  PurgeJobIdParam,
  RetentionSettingsBody,
  type PurgeJobResponse,
  type RetentionResponse,
} from './retention.dto.js';
import { RetentionService } from './retention.service.js';

@ApiTags('conservation')
@Controller('v1/retention')
@Roles('admin')
export class RetentionController {
  constructor(@Inject(RetentionService) private readonly retention: RetentionService) {}

  @Get()
  @ApiOperation({
    summary: 'Durées de conservation, dernière purge et purge en cours.',
  })
  view(): Promise<RetentionResponse> {
    return this.retention.view();
  }

  @Put()
  @ApiOperation({ summary: 'Change les durées de conservation (en mois) ; la prochaine purge les applique.' })
  update(
    @ZodBody(RetentionSettingsBody) body: RetentionSettingsBody,
    @CurrentUser() user: StaffPrincipal,
  ): Promise<RetentionResponse> {
    return this.retention.update(body, user);
  }

  @Post('purges')
  @HttpCode(202)
  @ApiOperation({ summary: 'Lance la purge maintenant (tâche en arrière-plan ; suivre son état).' })
  request(@CurrentUser() user: StaffPrincipal): Promise<PurgeJobResponse> {
    return this.retention.request(user);
  }

  @Get('purges/:id')
  @ApiOperation({ summary: 'État d’une purge : en attente, en cours, terminée (avec les nombres), échouée.' })
  @ApiErrors('JOB_NOT_FOUND')
  job(@ZodParam('id', PurgeJobIdParam, 'JOB_NOT_FOUND') id: string): Promise<PurgeJobResponse> {
    return this.retention.job(id);
  }
}
