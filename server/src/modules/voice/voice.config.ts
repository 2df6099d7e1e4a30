import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { AppConfig } from '../../config/config.js';
import { EspeakTts, OpenAiTts, type TtsProvider } from './tts-providers.js';

export const TTS_PROVIDERS = Symbol('TTS_PROVIDERS');

/** Whether an executable of that name is on the PATH. */
export function onPath(binary: string, path = process.env.PATH ?? ''): boolean {
  return path.split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, binary), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * The chain tried for each line (DESIGN §2). `auto`: the OpenAI-compatible server when
 * configured, then espeak-ng when installed; `openai` / `espeak`: that one only; `none`: empty
 * (the headset speaks with the browser, or shows subtitles only).
 */
export function ttsProviders(
  config: Pick<AppConfig, 'tts' | 'ttsProvider'>,
  espeakInstalled: () => boolean = () => onPath('espeak-ng'),
): TtsProvider[] {
  const openai = config.tts ? new OpenAiTts(config.tts) : null;
  switch (config.ttsProvider) {
    case 'none':
      return [];
    case 'openai':
      return openai ? [openai] : [];
    case 'espeak':
      return [new EspeakTts()];
    case 'auto':
      return [...(openai ? [openai] : []), ...(espeakInstalled() ? [new EspeakTts()] : [])];
  }
}
