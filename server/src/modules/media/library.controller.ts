import { Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiErrors } from '../../common/api-errors.js';
import { DomainError } from '../../common/domain-error.js';
import { readRawBody } from '../../common/raw-body.js';
import { ZodQuery } from '../../common/zod-body.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import { MAX_PHOTO_BYTES, PHOTO_REQUEST_BODY, UploadQuery, type UploadQueryParams } from './library.dto.js';
import type { LibraryItem } from './library.repository.js';
import { LibraryService } from './library.service.js';

@ApiTags('médiathèque')
@Controller('v1/media-library')
@Roles('editor', 'admin')
export class LibraryController {
  constructor(@Inject(LibraryService) private readonly library: LibraryService) {}

  @Get()
  @ApiOperation({ summary: 'La médiathèque du studio, la plus récente d’abord.' })
  list(): Promise<LibraryItem[]> {
    return this.library.list();
  }

  @Post('photos')
  @ApiOperation({
    summary:
      'Ajoute une photo 360 (corps : le fichier JPEG, PNG ou WebP, 2:1, ≤ 40 Mo) : vérifiée, réencodée en JPEG ≤ 2048 × 1024.',
    requestBody: PHOTO_REQUEST_BODY,
  })
  @ApiResponse({ status: 201, description: 'Ajoutée.' })
  @ApiResponse({ status: 200, description: 'Déjà dans la médiathèque (même image).' })
  @ApiErrors(
    'MEDIA_EMPTY',
    'MEDIA_TOO_LARGE',
    'MEDIA_TYPE_UNSUPPORTED',
    'MEDIA_TYPE_MISMATCH',
    'MEDIA_NOT_EQUIRECTANGULAR',
    'MEDIA_DIMENSIONS_TOO_LARGE',
    'MEDIA_CORRUPT',
  )
  async addPhoto(
    @ZodQuery(UploadQuery) query: UploadQueryParams,
    @CurrentUser() user: StaffPrincipal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LibraryItem> {
    if (Number(req.headers['content-length'] ?? 0) > MAX_PHOTO_BYTES)
      throw new DomainError('MEDIA_TOO_LARGE');
    const body = await readRawBody(req, MAX_PHOTO_BYTES);
    if (body === null) throw new DomainError('MEDIA_TOO_LARGE');
    const name = query.name ?? 'Photo 360 sans nom';
    const { item, created } = await this.library.addPhoto(body, req.headers['content-type'], name, user);
    res.status(created ? 201 : 200);
    return item;
  }
}
