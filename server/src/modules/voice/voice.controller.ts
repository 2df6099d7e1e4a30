import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { RateLimit } from '../../common/rate-limit.guard.js';
import { DeviceAllowed } from '../devices/device-auth.js';
import type { VoiceClipListResponse } from './voice.dto.js';
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
  list(@Param('id') id: string, @Param('versionId') versionId: string): Promise<VoiceClipListResponse> {
    return this.voice.list(id, versionId);
  }

  @Get(':key')
  @DeviceAllowed()
  @RateLimit(VOICE_RATE)
  @ApiOperation({
    summary:
      'L’audio d’une réplique (WAV ou MP3), rendu à la première demande puis conservé. Immuable : ETag.',
  })
  async clip(
    @Param('id') id: string,
    @Param('versionId') versionId: string,
    @Param('key') key: string,
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
