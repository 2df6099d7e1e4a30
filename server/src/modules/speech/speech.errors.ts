import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';

export type SpeechErrorCode =
  | 'AUDIO_EMPTY'
  | 'AUDIO_MISSING'
  | 'AUDIO_TOO_LARGE'
  | 'AUDIO_UNSUPPORTED'
  | 'STT_UNAVAILABLE'
  | 'STT_FAILED';

const statusAndMessage: Record<SpeechErrorCode, [number, string]> = {
  AUDIO_EMPTY: [400, 'L’enregistrement est vide.'],
  AUDIO_MISSING: [400, 'Aucun fichier audio dans le formulaire (champ «\u00a0file\u00a0» attendu).'],
  AUDIO_TOO_LARGE: [413, 'L’enregistrement dépasse 2\u00a0Mo.'],
  AUDIO_UNSUPPORTED: [415, 'Format audio non reconnu\u00a0: WebM, Ogg, WAV ou MP4 attendu.'],
  STT_UNAVAILABLE: [503, 'La reconnaissance vocale n’est pas disponible sur ce serveur.'],
  STT_FAILED: [502, 'La reconnaissance vocale n’a pas répondu à temps. Réessayez ou choisissez une réponse.'],
};

export class SpeechError extends Error {
  override readonly name = 'SpeechError';
  readonly statusCode: number;

  constructor(readonly code: SpeechErrorCode) {
    const [statusCode, message] = statusAndMessage[code];
    super(message);
    this.statusCode = statusCode;
  }
}

/**
 * Scoped to the speech controller (it wins over the global filter): the headset tells
 * "no server STT" (503, use the fallback) from a failed attempt (502) by these codes.
 */
@Catch(SpeechError)
export class SpeechErrorFilter implements ExceptionFilter {
  catch(error: SpeechError, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(error.statusCode)
      .json({ statusCode: error.statusCode, code: error.code, message: error.message });
  }
}
