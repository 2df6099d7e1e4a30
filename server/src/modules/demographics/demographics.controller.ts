import { Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '../../common/domain-error.js';
import { ZodBody } from '../../common/zod-body.js';
import { DeviceAllowed } from '../devices/device-auth.js';
import { DemographicsBody, type DemographicsResponse } from './demographics.dto.js';
import { DemographicsService } from './demographics.service.js';

// A function, not a constant: ESLint's no-useless-assignment misses uses inside parameter decorators.
function parseSessionId(): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new DomainError('SESSION_NOT_FOUND', 'Identifiant de session invalide : un UUID est attendu.'),
  });
}

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
  answer(
    @Param('id', parseSessionId()) id: string,
    @ZodBody(DemographicsBody) body: DemographicsBody,
  ): Promise<DemographicsResponse> {
    return this.demographics.answer(id, body);
  }
}
