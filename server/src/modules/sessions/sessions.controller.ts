import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { ApiErrors } from '../../common/api-errors.js';
import { DomainError } from '../../common/domain-error.js';
import { RateLimit } from '../../common/rate-limit.guard.js';
import { ZodBody } from '../../common/zod-body.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { CurrentDevice, DeviceAllowed, type DeviceIdentity } from '../devices/device-auth.js';
import { EventsBatchPipe } from './events-batch.pipe.js';
import {
  CompleteSessionBody,
  CreateSessionBody,
  IngestEventsBody,
  type IngestEventsEnvelope,
  type CompleteSessionResponse,
  type CreateSessionResponse,
  type IngestEventsResponse,
} from './sessions.dto.js';
import { SessionsService } from './sessions.service.js';

const sessionId = new ParseUUIDPipe({
  exceptionFactory: () =>
    new DomainError('SESSION_NOT_FOUND', 'Identifiant de session invalide : un UUID est attendu.'),
});

@ApiTags('sessions')
@Controller('v1/sessions')
export class SessionsController {
  constructor(@Inject(SessionsService) private readonly sessions: SessionsService) {}

  @Post()
  // Per paired headset, else per address; DeviceGuard (below, so it runs first) identifies the headset.
  @RateLimit({ name: 'session-create', capacity: 120, refillPerSecond: 0.2, key: 'device' })
  @DeviceAllowed()
  @ApiOperation({ summary: 'Ouvre une session de visite (idempotent : même id → 200).' })
  @ApiResponse({ status: 201, description: 'Session créée.' })
  @ApiResponse({ status: 200, description: 'Session déjà ouverte avec ce même contenu.' })
  @ApiErrors(
    'SCENARIO_NOT_FOUND',
    'VERSION_NOT_FOUND',
    'SESSION_CONFLICT',
    'FOLLOW_UP_CODE_INVALID',
    'FOLLOW_UP_CODE_TAKEN',
  )
  async create(
    @ZodBody(CreateSessionBody) body: CreateSessionBody,
    @CurrentDevice() device: DeviceIdentity | null,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CreateSessionResponse> {
    const { created } = await this.sessions.create(body, device);
    res.status(created ? 201 : 200);
    return { id: body.id };
  }

  @Post(':id/events')
  @HttpCode(200)
  @DeviceAllowed()
  @ApiOperation({
    summary:
      'Reçoit un lot d’événements (1000 au plus) et répond pour chacun : enregistré, déjà reçu ou refusé (code).',
  })
  @ApiErrors('SESSION_NOT_FOUND', 'EVENT_BATCH_TOO_LARGE')
  @ApiBody({
    schema: z.toJSONSchema(IngestEventsBody, { io: 'input', unrepresentable: 'any' }) as Record<
      string,
      unknown
    >,
  })
  async ingest(
    @Param('id', sessionId) id: string,
    @Body(new EventsBatchPipe()) body: IngestEventsEnvelope,
    @Res() res: Response,
  ): Promise<void> {
    const answer: IngestEventsResponse = await this.sessions.ingest(id, body.events);
    // The hot path of the ingest: written as is, without Express's ETag (a hash of every answer) and
    // freshness checks, which a POST answer never needs.
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(answer));
  }

  @Post(':id/complete')
  @HttpCode(200)
  @DeviceAllowed()
  @ApiOperation({ summary: 'Termine la session : scores calculés par le serveur en rejouant les choix.' })
  @ApiErrors('SESSION_NOT_FOUND', 'CHOICE_PATH_INCOMPLETE', 'CHOICE_PATH_INVALID', 'VALIDATION_FAILED')
  complete(
    @Param('id', sessionId) id: string,
    @Body(new ZodValidationPipe(CompleteSessionBody.optional())) _body: unknown,
  ): Promise<CompleteSessionResponse> {
    return this.sessions.complete(id);
  }
}
