import { Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import { ZodBody, ZodParam } from '../../common/zod-body.js';
import { DeviceAllowed } from '../devices/device-auth.js';
import { DemographicsBody, SessionIdParam, type DemographicsResponse } from './demographics.dto.js';
import { DemographicsService } from './demographics.service.js';

// Write-only on purpose: no route shows these answers to staff (editors must never see them;
// funder reports will read aggregates).
@ApiTags('sessions')
@Controller('v1/sessions')
export class DemographicsController {
  constructor(@Inject(DemographicsService) private readonly demographics: DemographicsService) {}

  @Post(':id/demographics')
  @HttpCode(200)
  @DeviceAllowed()
  @ApiOperation({
    summary: 'Réponses facultatives de fin de visite (remplacent les précédentes de la session).',
  })
  @ApiErrors('SESSION_NOT_FOUND')
  answer(
    @ZodParam('id', SessionIdParam, 'SESSION_NOT_FOUND') id: string,
    @ZodBody(DemographicsBody) body: DemographicsBody,
  ): Promise<DemographicsResponse> {
    return this.demographics.answer(id, body);
  }
}
