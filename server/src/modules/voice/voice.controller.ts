import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import { ZodParam } from '../../common/zod-body.js';
import type { Request, Response } from 'express';
import { RateLimit } from '../../common/rate-limit.guard.js';
import { DeviceAllowed } from '../devices/device-auth.js';
import { ScenarioIdParam, VersionIdParam } from '../scenarios/scenarios.dto.js';
import { VoiceKeyParam, type VoiceClipListResponse } from './voice.dto.js';
import { VoiceService } from './voice.service.js';

// A scenario start prefetches every clip of the version: the bucket allows that burst; rendering
// itself is bounded by the lines of published versions.
const VOICE_RATE = { name: 'voice', capacity: 600, refillPerSecond: 10 };

@ApiTags('voix')
@Controller('v1/scenarios/:id/versions/:versionId/voice')
export class VoiceController {
  constructor(@Inject(VoiceService) private readonly voice: VoiceService) {}

  @Get()
  @DeviceAllowed()
  @RateLimit(VOICE_RATE)
  @ApiOperation({
    summary: 'Les répliques de la version qui ont une voix, à précharger (liste vide sans synthèse vocale).',
  })
  list(
    @ZodParam('id', ScenarioIdParam, 'SCENARIO_NOT_FOUND') id: string,
    @ZodParam('versionId', VersionIdParam, 'VERSION_NOT_FOUND') versionId: string,
  ): Promise<VoiceClipListResponse> {
    return this.voice.list(id, versionId);
  }

  @Get(':key')
  @DeviceAllowed()
  @RateLimit(VOICE_RATE)
  @ApiOperation({
    summary:
      'L’audio d’une réplique (WAV ou MP3), rendu à la première demande puis conservé. Immuable : ETag.',
  })
  @ApiResponse({ status: 200, description: 'L’audio (`audio/wav` ou `audio/mpeg`).' })
  @ApiResponse({ status: 304, description: 'Inchangé (If-None-Match).' })
  @ApiErrors('VOICE_UNAVAILABLE', 'VOICE_FAILED')
  async clip(
    @ZodParam('id', ScenarioIdParam, 'SCENARIO_NOT_FOUND') id: string,
    @ZodParam('versionId', VersionIdParam, 'VERSION_NOT_FOUND') versionId: string,
    @ZodParam('key', VoiceKeyParam, 'VOICE_LINE_NOT_FOUND') key: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const clip = await this.voice.clip(id, versionId, key);
    const etag = `"${clip.clipKey.slice(0, 32)}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
      res.status(304).end();
      return;
    }
    res.type(clip.mimeType).send(clip.audio);
  }
}
