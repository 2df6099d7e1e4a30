import { z } from 'zod';
import type { ProviderConfig } from '../../config/config.js';

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

/**
 * Settings for the app: the provider (URL, key, model) from the app's validated config, the tuning
 * keys (`LLM_STRUCTURED_OUTPUT`, `LLM_TIMEOUT_MS`, `PROMPTS_DIR`) from the environment.
 */
export function llmConfigFromApp(
  provider: ProviderConfig | undefined,
  env: NodeJS.ProcessEnv = process.env,
): LlmConfig | null {
  return loadLlmConfig({
    LLM_STRUCTURED_OUTPUT: env.LLM_STRUCTURED_OUTPUT,
    LLM_TIMEOUT_MS: env.LLM_TIMEOUT_MS,
    PROMPTS_DIR: env.PROMPTS_DIR,
    LLM_BASE_URL: provider?.baseUrl,
    LLM_API_KEY: provider?.apiKey,
    LLM_MODEL: provider?.model,
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
