import { Inject, Injectable } from '@nestjs/common';
import OpenAI, { toFile } from 'openai';
import { sniffAudioFormat } from './audio-format.js';
import { STT_CONFIG, type SttConfig } from './speech.config.js';
import { DomainError } from '../../common/domain-error.js';

export const MAX_AUDIO_BYTES = 2 * 1024 * 1024;

export interface Transcript {
  text: string;
  provider: string;
}

/** Forwards a short recording to an OpenAI-compatible `/audio/transcriptions` endpoint. */
@Injectable()
export class SpeechService {
  private readonly openai: OpenAI | null;

  constructor(@Inject(STT_CONFIG) private readonly config: SttConfig | null) {
    this.openai = config
      ? new OpenAI({
          baseURL: config.baseUrl,
          apiKey: config.apiKey,
          maxRetries: 0,
          timeout: config.timeoutMs,
        })
      : null;
  }

  async transcribe(audio: Buffer): Promise<Transcript> {
    if (audio.length === 0) throw new DomainError('AUDIO_EMPTY');
    if (audio.length > MAX_AUDIO_BYTES) throw new DomainError('AUDIO_TOO_LARGE');
    const format = sniffAudioFormat(audio);
    if (!format) throw new DomainError('AUDIO_UNSUPPORTED');
    if (!this.openai || !this.config) throw new DomainError('STT_UNAVAILABLE');
    try {
      const result = await this.openai.audio.transcriptions.create({
        file: await toFile(audio, `utterance.${format.extension}`, { type: format.mimeType }),
        model: this.config.model,
        language: this.config.language,
        response_format: 'json',
      });
      if (typeof result?.text !== 'string') throw new Error('transcription without text');
      return { text: result.text.trim(), provider: `openai-compatible:${this.config.model}` };
    } catch {
      throw new DomainError('STT_FAILED');
    }
  }
}
