import { z } from 'zod';
import type { ProviderConfig } from '../../config/config.js';

export interface SttConfig {
  baseUrl: string;
  apiKey: string;
  model: string;
  /** Past this the request fails with `STT_FAILED` and the headset falls back. */
  timeoutMs: number;
  language: string;
}

export const STT_CONFIG = Symbol('STT_CONFIG');

const schema = z.object({
  STT_BASE_URL: z.url().optional(),
  STT_API_KEY: z.string().min(1).optional(),
  STT_MODEL: z.string().min(1).optional(),
  STT_TIMEOUT_MS: z.coerce.number().int().min(500).max(30_000).optional(),
});

export class SttConfigError extends Error {
  constructor(readonly keys: string[]) {
    super(`Invalid speech-to-text configuration: ${keys.join(', ')}`);
  }
}

/** Settings for the app, from its validated config (every key checked at boot, see config.ts). */
export function sttConfigFromApp(provider: ProviderConfig | undefined): SttConfig | null {
  return loadSttConfig({
    STT_BASE_URL: provider?.baseUrl,
    STT_API_KEY: provider?.apiKey,
    STT_MODEL: provider?.model,
    STT_TIMEOUT_MS: provider?.timeoutMs?.toString(),
  });
}

/** Reads the speech-to-text settings once; unset `STT_BASE_URL` means "no server STT" (503). */
export function loadSttConfig(env: NodeJS.ProcessEnv = process.env): SttConfig | null {
  const parsed = schema.safeParse(env);
  if (!parsed.success)
    throw new SttConfigError([...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))]);
  const values = parsed.data;
  if (!values.STT_BASE_URL) return null;
  return {
    baseUrl: values.STT_BASE_URL,
    apiKey: values.STT_API_KEY ?? 'not-needed',
    model: values.STT_MODEL ?? 'whisper-1',
    timeoutMs: values.STT_TIMEOUT_MS ?? 10_000,
    language: 'fr',
  };
}
