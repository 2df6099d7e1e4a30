import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ApiErrors } from '../../common/api-errors.js';
import { RateLimit } from '../../common/rate-limit.guard.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { DeviceAllowed } from '../devices/device-auth.js';
import { parseMultipart } from './multipart.js';
import { DomainError } from '../../common/domain-error.js';
import { readRawBody } from '../../common/raw-body.js';
import { MAX_AUDIO_BYTES, SpeechService, type Transcript } from './speech.service.js';
import { isRawAudioType, TRANSCRIBE_REQUEST_BODY, TranscribeForm } from './speech.dto.js';

const transcribeForm = new ZodValidationPipe(TranscribeForm, 'AUDIO_MISSING', 'file');

// Room for the multipart envelope around a 2 MB file.
const MAX_BODY_BYTES = MAX_AUDIO_BYTES + 64 * 1024;
// Past this the upload is cut rather than drained.
const ABORT_BODY_BYTES = 4 * MAX_AUDIO_BYTES;

@ApiTags('speech')
@Controller('v1/speech')
export class SpeechController {
  constructor(private readonly speech: SpeechService) {}

  @Post('transcribe')
  @DeviceAllowed()
  @RateLimit({ name: 'stt-transcribe', capacity: 60, refillPerSecond: 1 })
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Transcribe a short French recording (≤ 2 MB) to text; 503 STT_UNAVAILABLE when no provider is configured.',
    requestBody: TRANSCRIBE_REQUEST_BODY,
  })
  @ApiErrors(
    'AUDIO_EMPTY',
    'AUDIO_MISSING',
    'AUDIO_TOO_LARGE',
    'AUDIO_UNSUPPORTED',
    'STT_UNAVAILABLE',
    'STT_FAILED',
  )
  async transcribe(@Req() req: Request): Promise<Transcript> {
    const contentType = (req.headers['content-type'] ?? '').toLowerCase();
    const isMultipart = contentType.startsWith('multipart/form-data');
    if (!isMultipart && !isRawAudioType(contentType)) {
      throw new DomainError('AUDIO_UNSUPPORTED');
    }
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) throw new DomainError('AUDIO_TOO_LARGE');
    const body = await readRawBody(req, MAX_BODY_BYTES, ABORT_BODY_BYTES);
    if (body === null) throw new DomainError('AUDIO_TOO_LARGE');
    if (!isMultipart) return this.speech.transcribe(body);
    const parts = parseMultipart(body, req.headers['content-type'] ?? '');
    const file =
      parts?.find((p) => p.name === 'file' && p.filename !== undefined) ??
      parts?.find((p) => p.filename !== undefined);
    return this.speech.transcribe(transcribeForm.transform({ file: file?.data }).file);
  }
}
