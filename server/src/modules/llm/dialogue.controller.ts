import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import { RateLimit } from '../../common/rate-limit.guard.js';
import { ZodBody } from '../../common/zod-body.js';
import { DeviceAllowed } from '../devices/device-auth.js';
import { ChoiceMappingService } from './choice-mapping.service.js';
import { mapChoiceRequestSchema, type MapChoiceRequestDto, type MapChoiceResponseDto } from './llm.dto.js';

@ApiTags('dialogue')
@Controller('v1/dialogue')
export class DialogueController {
  constructor(private readonly choiceMapping: ChoiceMappingService) {}

  @Post('map-choice')
  @DeviceAllowed()
  // Headsets of a site often share one address: room for a few per minute each.
  @RateLimit({ name: 'llm-map-choice', capacity: 60, refillPerSecond: 1 })
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Map a free utterance to one of the choices the story offers at the session’s current decision (matcher, then LLM with a closed output), or null.',
  })
  @ApiErrors(
    'SESSION_NOT_FOUND',
    'MAP_CHOICE_SESSION_COMPLETED',
    'MAP_CHOICE_STEP_MISMATCH',
    'VERSION_NOT_FOUND',
    'CHOICE_PATH_INVALID',
  )
  async mapChoice(@ZodBody(mapChoiceRequestSchema) body: MapChoiceRequestDto): Promise<MapChoiceResponseDto> {
    const result = await this.choiceMapping.mapChoice({
      sessionId: body.sessionId,
      step: body.step,
      utterance: body.utterance.trim(),
    });
    return { choiceIndex: result.choiceIndex, via: result.via, outcome: result.outcome };
  }
}
