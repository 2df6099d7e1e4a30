import { resolve as resolvePath } from 'node:path';
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './trust-proxy.js';

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value));

/** A port given as a string (environment), with its default. */
const port = (fallback: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? fallback : v.trim()))
    .pipe(z.string().regex(/^\d+$/, 'nombre entier attendu'))
    .transform(Number)
    .pipe(z.number().int().min(1, 'entre 1 et 65535').max(65535, 'entre 1 et 65535'));

/** An optional whole number given as a string (environment), within bounds. */
const optionalInt = (min: number, max: number) =>
  optionalString
    .pipe(z.string().regex(/^\d+$/, 'nombre entier attendu').optional())
    .transform((v) => (v === undefined ? undefined : Number(v)))
    .pipe(z.number().int().min(min, `entre ${min} et ${max}`).max(max, `entre ${min} et ${max}`).optional());

const envSchema = z.object({
  PORT: port('3000'),
  HOST: optionalString,
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'doit commencer par postgres:// ou postgresql://')
      .optional(),
  ),
  EMBEDDED_PG_PORT: port('5433'),
  ECLORE_DATA_DIR: optionalString,
  ECLORE_NARRATIVES_DIR: optionalString,
  ECLORE_CLIENT_DIR: optionalString,
  ADMIN_EMAIL: optionalString.pipe(z.email('adresse électronique invalide').optional()),
  ADMIN_PASSWORD: optionalString.pipe(z.string().min(8, 'au moins 8 caractères').optional()),
  AUTH_SECRET: optionalString.pipe(z.string().min(32, 'au moins 32 caractères').optional()),
  LLM_BASE_URL: optionalString.pipe(z.url().optional()),
  LLM_API_KEY: optionalString,
  LLM_MODEL: optionalString,
  LLM_STRUCTURED_OUTPUT: optionalString.pipe(
    z.enum(['json_schema', 'json_object', 'tool'], 'json_schema, json_object ou tool').optional(),
  ),
  LLM_TIMEOUT_MS: optionalInt(100, 2000),
  PROMPTS_DIR: optionalString,
  STT_BASE_URL: optionalString.pipe(z.url().optional()),
  STT_API_KEY: optionalString,
  STT_MODEL: optionalString,
  STT_TIMEOUT_MS: optionalInt(500, 30_000),
  TTS_BASE_URL: optionalString.pipe(z.url().optional()),
  TTS_API_KEY: optionalString,
  TTS_MODEL: optionalString,
  TTS_VOICE: optionalString,
  TTS_TIMEOUT_MS: optionalInt(500, 30_000),
  TTS_PROVIDER: optionalString.pipe(
    z.enum(['auto', 'openai', 'espeak', 'none'], 'auto, openai, espeak ou none').optional(),
  ),
  TRUST_PROXY: optionalString.transform((value, context) => {
    const parsed = parseTrustProxy(value);
    if ('error' in parsed) {
      context.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }
    return parsed.value;
  }),
  SMTP_URL: optionalString.pipe(
    z
      .url({
        protocol: /^smtps?$/,
        error: 'URL smtp:// ou smtps:// attendue (smtp://utilisateur:mot-de-passe@hôte:587)',
      })
      .optional(),
  ),
  SMTP_FROM: optionalString.pipe(z.string().max(320, 'au plus 320 caractères').optional()),
  LOG_LEVEL: optionalString.pipe(
    z
      .enum(
        ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
        'fatal, error, warn, info, debug, trace ou silent',
      )
      .optional(),
  ),
});

export interface ProviderConfig {
  baseUrl: string;
  apiKey?: string;
  model?: string;
  /** Hard cap of one call, in ms; the module's default when unset. */
  timeoutMs?: number;
}

export interface LlmProviderConfig extends ProviderConfig {
  structuredOutput?: 'json_schema' | 'json_object' | 'tool';
  promptsDir: string;
}

export interface AppConfig {
  port: number;
  /** Interface to listen on; undefined = all interfaces. */
  host?: string;
  /** External Postgres URL; undefined = start the embedded Postgres. */
  databaseUrl?: string;
  embeddedPostgresPort: number;
  dataDir: string;
  narrativesDir: string;
  clientDir: string;
  adminEmail: string;
  adminPassword?: string;
  /** Undefined = generated once and persisted in the data dir (see auth-secret.ts). */
  authSecret?: string;
  llm?: LlmProviderConfig;
  stt?: ProviderConfig;
  tts?: ProviderConfig & { voice?: string };
  /** Text-to-speech chain: `auto` = OpenAI-compatible if configured, else espeak-ng if installed. */
  ttsProvider: 'auto' | 'openai' | 'espeak' | 'none';
  /** Which proxies may set X-Forwarded-For (Express `trust proxy`). @default false (nobody) */
  trustProxy: TrustProxy;
  /** Where invitation and reset links are e-mailed from; undefined = links are shown once to the admin. */
  smtp?: { url: string; from: string };
  /** pino level of the server's JSON logs. @default 'info' */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

export const DEFAULT_SMTP_FROM = 'Éclore <no-reply@eclore.local>';

/** Thrown at boot when the environment is invalid; lists every bad key at once. */
export class ConfigError extends Error {
  constructor(readonly problems: { key: string; message: string }[]) {
    super(`Configuration invalide :\n${problems.map((p) => `  - ${p.key} : ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function provider(baseUrl?: string, apiKey?: string, model?: string): ProviderConfig | undefined {
  return baseUrl ? { baseUrl, apiKey, model } : undefined;
}

/** Reads the environment once. Relative paths are resolved against `cwd`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({ key: String(issue.path[0] ?? '?'), message: issue.message })),
    );
  }
  const e = parsed.data;
  const resolve = (p: string) => resolvePath(cwd, p);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    embeddedPostgresPort: e.EMBEDDED_PG_PORT,
    dataDir: resolve(e.ECLORE_DATA_DIR ?? '.data'),
    narrativesDir: resolve(e.ECLORE_NARRATIVES_DIR ?? 'narratives'),
    clientDir: resolve(e.ECLORE_CLIENT_DIR ?? 'dist/client'),
    adminEmail: e.ADMIN_EMAIL ?? 'admin@eclore.local',
    adminPassword: e.ADMIN_PASSWORD,
    authSecret: e.AUTH_SECRET,
    llm: e.LLM_BASE_URL
      ? {
          ...provider(e.LLM_BASE_URL, e.LLM_API_KEY, e.LLM_MODEL)!,
          timeoutMs: e.LLM_TIMEOUT_MS,
          structuredOutput: e.LLM_STRUCTURED_OUTPUT,
          promptsDir: resolve(e.PROMPTS_DIR ?? 'prompts'),
        }
      : undefined,
    stt: e.STT_BASE_URL
      ? { ...provider(e.STT_BASE_URL, e.STT_API_KEY, e.STT_MODEL)!, timeoutMs: e.STT_TIMEOUT_MS }
      : undefined,
    tts: e.TTS_BASE_URL
      ? {
          ...provider(e.TTS_BASE_URL, e.TTS_API_KEY, e.TTS_MODEL)!,
          voice: e.TTS_VOICE,
          timeoutMs: e.TTS_TIMEOUT_MS,
        }
      : undefined,
    ttsProvider: e.TTS_PROVIDER ?? 'auto',
    trustProxy: e.TRUST_PROXY ?? false,
    smtp: e.SMTP_URL ? { url: e.SMTP_URL, from: e.SMTP_FROM ?? DEFAULT_SMTP_FROM } : undefined,
    logLevel: e.LOG_LEVEL ?? 'info',
  };
}
