import { z } from 'zod';
import type { LlmProviderConfig } from '../../config/config.js';

export type StructuredOutputMode = 'json_schema' | 'json_object' | 'tool';

export interface LlmConfig {
  baseUrl: string;
  apiKey: string;
  model: string;
  structuredOutput: StructuredOutputMode;
  /** Hard cap for one call; past it the caller falls back (`clarify` or the scripted line). */
  timeoutMs: number;
  promptsDir: string;
}

export const LLM_CONFIG = Symbol('LLM_CONFIG');

const schema = z.object({
  LLM_BASE_URL: z.url().optional(),
  // Local servers (vLLM, Ollama) accept any key; the SDK still wants one.
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_MODEL: z.string().min(1).optional(),
  LLM_STRUCTURED_OUTPUT: z.enum(['json_schema', 'json_object', 'tool']).optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(2000).optional(),
  PROMPTS_DIR: z.string().min(1).optional(),
});

export class LlmConfigError extends Error {
  constructor(readonly keys: string[]) {
    super(`Invalid LLM configuration: ${keys.join(', ')}`);
  }
}

/** Settings for the app, from its validated config (every key checked at boot, see config.ts). */
export function llmConfigFromApp(provider: LlmProviderConfig | undefined): LlmConfig | null {
  return loadLlmConfig({
    LLM_BASE_URL: provider?.baseUrl,
    LLM_API_KEY: provider?.apiKey,
    LLM_MODEL: provider?.model,
    LLM_STRUCTURED_OUTPUT: provider?.structuredOutput,
    LLM_TIMEOUT_MS: provider?.timeoutMs?.toString(),
    PROMPTS_DIR: provider?.promptsDir,
  });
}

/**
 * Reads the LLM settings once. Unset `LLM_BASE_URL` means "no LLM": callers answer without one.
 * Bad values fail fast, listing every bad key.
 */
export function loadLlmConfig(env: NodeJS.ProcessEnv = process.env): LlmConfig | null {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new LlmConfigError([...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))]);
  }
  const values = parsed.data;
  if (!values.LLM_BASE_URL) return null;
  if (!values.LLM_MODEL) throw new LlmConfigError(['LLM_MODEL']);
  return {
    baseUrl: values.LLM_BASE_URL,
    apiKey: values.LLM_API_KEY ?? 'not-needed',
    model: values.LLM_MODEL,
    structuredOutput: values.LLM_STRUCTURED_OUTPUT ?? 'json_schema',
    timeoutMs: values.LLM_TIMEOUT_MS ?? 2000,
    promptsDir: values.PROMPTS_DIR ?? 'prompts',
  };
}
