import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ZodParam } from '../../common/zod-body.js';
import { Public } from '../auth/auth.decorators.js';
import { CurrentDevice, DeviceAllowed, type DeviceIdentity } from '../devices/device-auth.js';
import { ScenarioIdParam, VersionIdParam, type CatalogResponse } from './scenarios.dto.js';
import { ScenariosService } from './scenarios.service.js';

@ApiTags('scénarios')
@Controller('v1')
export class ScenariosController {
  constructor(@Inject(ScenariosService) private readonly scenarios: ScenariosService) {}

  @Get('catalog')
  @DeviceAllowed()
  @ApiOperation({
    summary:
      'Scénarios publiés, avec la version à télécharger ; pour un casque appairé, ceux que son site propose.',
  })
  catalog(@CurrentDevice() device: DeviceIdentity | null): Promise<CatalogResponse> {
    return this.scenarios.catalog(device?.siteId);
  }

  @Get('scenarios/:id/versions/:versionId')
  @Public()
  @ApiOperation({
    summary:
      'Une version figée d’un scénario (histoire compilée, métier, référentiel). Immuable : ETag = version.',
  })
  @ApiResponse({ status: 200, description: 'La version (JSON), `ETag` = version.' })
  @ApiResponse({ status: 304, description: 'Inchangée (If-None-Match).' })
  async version(
    @ZodParam('id', ScenarioIdParam, 'SCENARIO_NOT_FOUND') id: string,
    @ZodParam('versionId', VersionIdParam, 'VERSION_NOT_FOUND') versionId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const etag = `"${versionId}"`;
    const version = await this.scenarios.version(id, versionId);
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
      res.status(304).end();
      return;
    }
    res.type('application/json').send(this.scenarios.versionDocument(version));
  }
}
