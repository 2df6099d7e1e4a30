import { Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiErrors } from '../../common/api-errors.js';
import { RateLimit } from '../../common/rate-limit.guard.js';
import { ZodBody } from '../../common/zod-body.js';
import { Public } from '../auth/auth.decorators.js';
import { FOLLOW_UP_CODE_RATE_LIMIT } from '../profiles/profiles.controller.js';
import { MyDataBody, type MyDataResponse } from './my-data.dto.js';
import { MyDataService } from './my-data.service.js';

// One bucket for both routes, per client address, at the staff look-up's pace: each answers whether a code exists.
const MY_DATA_RATE_LIMIT = { name: 'my-data', ...FOLLOW_UP_CODE_RATE_LIMIT };

/** « Mes données » (public): a visitor sees and erases their visit with its follow-up code. */
@ApiTags('mes données')
@Controller('v1/my-data')
export class MyDataController {
  constructor(@Inject(MyDataService) private readonly myData: MyDataService) {}

  @Post('lookup')
  @HttpCode(200)
  @Public()
  @RateLimit(MY_DATA_RATE_LIMIT)
  @ApiOperation({
    summary:
      'Ce qui est enregistré d’une visite (métier, date, réponses, profil), retrouvé par son code de suivi envoyé dans le corps.',
  })
  @ApiErrors('MY_DATA_NOT_FOUND', 'FOLLOW_UP_CODE_INVALID')
  lookUp(
    @ZodBody(MyDataBody) body: MyDataBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MyDataResponse> {
    // Personal data: no cache anywhere on the way.
    response.setHeader('Cache-Control', 'no-store');
    return this.myData.lookUp(body.code);
  }

  @Post('erase')
  @HttpCode(204)
  @Public()
  @RateLimit(MY_DATA_RATE_LIMIT)
  @ApiOperation({
    summary:
      'Efface la visite de ce code de suivi (événements, réponses, scores, transcriptions). Journalisé sans le code.',
  })
  @ApiErrors('MY_DATA_NOT_FOUND', 'FOLLOW_UP_CODE_INVALID')
  erase(@ZodBody(MyDataBody) body: MyDataBody): Promise<void> {
    return this.myData.erase(body.code);
  }
}
