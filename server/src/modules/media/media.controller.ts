import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '../../common/domain-error.js';
import { Public } from '../auth/auth.decorators.js';
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
  async file(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
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
