import { z } from 'zod';

export interface VoiceClipRef {
  /** `voiceKey(speaker, text)` of the engine. */
  key: string;
  url: string;
  /** Character id; absent for the narrator. */
  speaker?: string;
}

export interface VoiceClipListResponse {
  clips: VoiceClipRef[];
}

/** `:key` of a clip: the engine's `voiceKey(speaker, text)`, 16 hexadecimal digits. */
export const VoiceKeyParam = z
  .string()
  .regex(/^[0-9a-f]{16}$/, 'clé de réplique attendue (16 caractères hexadécimaux)');
