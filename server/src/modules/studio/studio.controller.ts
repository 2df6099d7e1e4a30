import { Controller, Get, Headers, HttpCode, Inject, Post, Put, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiErrors } from '../../common/api-errors.js';
import { DomainError } from '../../common/domain-error.js';
import { ZodBody, ZodParam } from '../../common/zod-body.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import {
  CreateScenarioBody,
  DuplicateScenarioBody,
  RevisionParam,
  SaveDraftBody,
  StudioScenarioIdParam,
  type DraftResponse,
  type DraftSaveSourceResponse,
  type DraftSavesResponse,
  type SavedDraftResponse,
  type StudioScenarioListResponse,
} from './studio.dto.js';
import { StudioService } from './studio.service.js';

const etag = (revision: number) => `"${revision}"`;

/** The revision an `If-Match` names (`"12"`, `W/"12"` or `12`); anything else is refused with 428. */
export function revisionOf(ifMatch: string | undefined): number {
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(ifMatch ?? '');
  if (!match) throw new DomainError('DRAFT_REVISION_REQUIRED');
  return Number(match[1]);
}

@ApiTags('studio')
@Controller('v1/studio/scenarios')
@Roles('editor', 'admin')
export class StudioController {
  constructor(@Inject(StudioService) private readonly studio: StudioService) {}

  @Get()
  @ApiOperation({ summary: 'Les scénarios : version en ligne, état du brouillon, dernière modification.' })
  list(): Promise<StudioScenarioListResponse> {
    return this.studio.list();
  }

  @Post()
  @ApiOperation({ summary: 'Crée un scénario (non publié) à partir du modèle commenté.' })
  @ApiErrors('SCENARIO_ID_TAKEN')
  create(
    @ZodBody(CreateScenarioBody) body: CreateScenarioBody,
    @CurrentUser() user: StaffPrincipal,
  ): Promise<DraftResponse> {
    return this.studio.create(body, user);
  }

  @Post(':id/duplicate')
  @ApiOperation({ summary: 'Copie le brouillon (ou la version en ligne) d’un scénario sous un autre nom.' })
  @ApiErrors('SCENARIO_NOT_FOUND', 'SCENARIO_ID_TAKEN', 'DRAFT_SOURCE_TOO_LARGE', 'DRAFT_SOURCE_INVALID')
  duplicate(
    @ZodParam('id', StudioScenarioIdParam, 'SCENARIO_NOT_FOUND') id: string,
    @ZodBody(DuplicateScenarioBody) body: DuplicateScenarioBody,
    @CurrentUser() user: StaffPrincipal,
  ): Promise<DraftResponse> {
    return this.studio.duplicate(id, body, user);
  }

  @Get(':id/draft')
  @ApiOperation({
    summary: 'Le brouillon (révision 0 : la version en ligne, rien enregistré encore). ETag = révision.',
  })
  async draft(
    @ZodParam('id', StudioScenarioIdParam, 'SCENARIO_NOT_FOUND') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DraftResponse> {
    const draft = await this.studio.draft(id);
    res.setHeader('ETag', etag(draft.revision));
    return draft;
  }

  @Put(':id/draft')
  @ApiOperation({
    summary:
      'Enregistre le brouillon si If-Match est encore sa révision ; sinon 412 avec les deux textes (details).',
  })
  @ApiHeader({ name: 'If-Match', required: true, description: 'ETag du brouillon modifié, par exemple "3".' })
  @ApiErrors(
    'SCENARIO_NOT_FOUND',
    'DRAFT_CONFLICT',
    'DRAFT_REVISION_REQUIRED',
    'DRAFT_SOURCE_TOO_LARGE',
    'DRAFT_SOURCE_INVALID',
  )
  async save(
    @ZodParam('id', StudioScenarioIdParam, 'SCENARIO_NOT_FOUND') id: string,
    @ZodBody(SaveDraftBody) body: SaveDraftBody,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() user: StaffPrincipal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SavedDraftResponse> {
    const saved = await this.studio.save(id, revisionOf(ifMatch), body.source, user);
    res.setHeader('ETag', etag(saved.revision));
    return saved;
  }

  @Get(':id/draft/saves')
  @ApiOperation({ summary: 'L’historique des enregistrements du brouillon (les plus récents d’abord).' })
  saves(
    @ZodParam('id', StudioScenarioIdParam, 'SCENARIO_NOT_FOUND') id: string,
  ): Promise<DraftSavesResponse> {
    return this.studio.saves(id);
  }

  @Get(':id/draft/saves/:revision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Le texte d’un enregistrement du brouillon.' })
  @ApiErrors('DRAFT_SAVE_NOT_FOUND')
  saveSource(
    @ZodParam('id', StudioScenarioIdParam, 'SCENARIO_NOT_FOUND') id: string,
    @ZodParam('revision', RevisionParam, 'DRAFT_SAVE_NOT_FOUND') revision: number,
  ): Promise<DraftSaveSourceResponse> {
    return this.studio.saveSource(id, revision);
  }
}
