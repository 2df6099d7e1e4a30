import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import { ZodParam } from '../../common/zod-body.js';
import type { Request, Response } from 'express';
import { DomainError } from '../../common/domain-error.js';
import { Public } from '../auth/auth.decorators.js';
import { MediaFileParam } from './media.dto.js';
import { MediaService, parseRange } from './media.service.js';

@ApiTags('médias')
@Controller('v1/media')
export class MediaController {
  constructor(@Inject(MediaService) private readonly media: MediaService) {}

  @Get(':file')
  @Public()
  @ApiOperation({
    summary:
      'Un média publié (photo ou vidéo 360), nommé par son empreinte SHA-256 : immuable, ETag, requêtes Range.',
  })
  @ApiHeader({ name: 'Range', required: false, description: 'Une plage `bytes=a-b`, `a-` ou `-n`.' })
  @ApiResponse({ status: 200, description: 'Le fichier entier.' })
  @ApiResponse({ status: 206, description: 'La plage demandée (Content-Range).' })
  @ApiResponse({ status: 304, description: 'Inchangé (If-None-Match).' })
  @ApiErrors('MEDIA_NOT_FOUND', 'MEDIA_RANGE_NOT_SATISFIABLE')
  async file(
    @ZodParam('file', MediaFileParam, 'MEDIA_NAME_INVALID') file: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const asset = await this.media.find(file);
    const etag = `"${asset.id}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('Accept-Ranges', 'bytes');
    if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
      res.status(304).end();
      return;
    }
    // A Range tied to another version of the file (If-Range) gets the whole file.
    const ifRange = req.headers['if-range'];
    const range = ifRange && ifRange !== etag ? null : parseRange(req.headers.range, asset.size);
    if (range === 'unsatisfiable') {
      res.setHeader('Content-Range', `bytes */${asset.size}`);
      throw new DomainError('MEDIA_RANGE_NOT_SATISFIABLE');
    }
    const sent = range ?? { start: 0, end: asset.size - 1 };
    const bytes = await this.media.read(asset, sent);
    res.type(asset.mime);
    if (range) {
      res.status(206).setHeader('Content-Range', `bytes ${range.start}-${range.end}/${asset.size}`);
    }
    res.send(bytes);
  }
}
