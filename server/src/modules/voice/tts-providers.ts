import { spawn } from 'node:child_process';
import OpenAI from 'openai';
import type { Voix } from '../../../../engine/src/index.js';

export interface RenderedSpeech {
  audio: Buffer;
  mimeType: string;
  /** e.g. `espeak-ng:fr+f3`, `openai-compatible:tts-1:nova`. */
  provider: string;
}

/** One text-to-speech backend; rejects when it cannot give usable audio (the chain moves on). */
export interface TtsProvider {
  readonly name: string;
  render(text: string, voix: Voix): Promise<RenderedSpeech>;
}

/** Larger answers are refused: a line of dialogue is a few seconds of audio. */
export const MAX_CLIP_BYTES = 5 * 1024 * 1024;

export interface OpenAiTtsOptions {
  baseUrl: string;
  apiKey?: string;
  model?: string;
  /** One voice for all (`nova`) or one per voix (`femme=nova,homme=onyx,neutre=alloy`). */
  voice?: string;
  /** Hard cap of one call, body included. @default 8000 */
  timeoutMs?: number;
}

const OPENAI_VOICES: Record<Voix, string> = { femme: 'nova', homme: 'onyx', neutre: 'alloy' };

/** `nova` or `femme=nova,homme=onyx` → the voice of each voix (defaults for the others). */
export function openAiVoices(setting: string | undefined): Record<Voix, string> {
  const voices = { ...OPENAI_VOICES };
  if (!setting) return voices;
  if (!setting.includes('=')) return { femme: setting, homme: setting, neutre: setting };
  for (const pair of setting.split(',')) {
    const [voix, name] = pair.split('=').map((part) => part.trim());
    if (voix in voices && name) voices[voix as Voix] = name;
  }
  return voices;
}

/** OpenAI-compatible `/audio/speech` (openai SDK), MP3 out. */
export class OpenAiTts implements TtsProvider {
  readonly name = 'openai-compatible';
  private readonly client: OpenAI;
  private readonly model: string;
  private readonly voices: Record<Voix, string>;
  private readonly timeoutMs: number;

  constructor(options: OpenAiTtsOptions) {
    this.timeoutMs = options.timeoutMs ?? 8000;
    this.model = options.model ?? 'tts-1';
    this.voices = openAiVoices(options.voice);
    this.client = new OpenAI({
      baseURL: options.baseUrl,
      apiKey: options.apiKey ?? 'not-needed',
      maxRetries: 0,
      timeout: this.timeoutMs,
    });
  }

  async render(text: string, voix: Voix): Promise<RenderedSpeech> {
    const voice = this.voices[voix];
    // The timeout covers the whole answer: a server that trickles its body is cut too.
    const signal = AbortSignal.timeout(this.timeoutMs);
    const response = await this.client.audio.speech.create(
      { model: this.model, voice, input: text, response_format: 'mp3' },
      { signal },
    );
    const mimeType = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (!mimeType.startsWith('audio/')) throw new Error(`not audio: ${mimeType || 'no content type'}`);
    const audio = await readCapped(response, MAX_CLIP_BYTES);
    if (audio.length === 0) throw new Error('empty audio');
    return { audio, mimeType, provider: `${this.name}:${this.model}:${voice}` };
  }
}

async function readCapped(response: Response, limit: number): Promise<Buffer> {
  if (Number(response.headers.get('content-length') ?? 0) > limit) throw new Error('audio too large');
  if (!response.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > limit) throw new Error('audio too large');
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** espeak-ng variants: a French voice per voix, about 150 words a minute. */
export const ESPEAK_VOICES: Record<Voix, string> = { femme: 'fr+f3', homme: 'fr+m3', neutre: 'fr' };

/** Local `espeak-ng` (WAV out). The text goes through stdin: never parsed as options, no shell. */
export class EspeakTts implements TtsProvider {
  readonly name = 'espeak-ng';

  constructor(
    private readonly binary = 'espeak-ng',
    private readonly timeoutMs = 10_000,
  ) {}

  render(text: string, voix: Voix): Promise<RenderedSpeech> {
    const voice = ESPEAK_VOICES[voix];
    return new Promise((resolve, reject) => {
      const child = spawn(this.binary, ['-v', voice, '-s', '150', '--stdout'], {
        stdio: ['pipe', 'pipe', 'ignore'],
        timeout: this.timeoutMs,
      });
      const chunks: Buffer[] = [];
      let size = 0;
      child.stdout.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_CLIP_BYTES) child.kill();
        else chunks.push(chunk);
      });
      child.on('error', reject);
      child.on('close', (code) => {
        const audio = Buffer.concat(chunks);
        if (code !== 0 || size > MAX_CLIP_BYTES || audio.length <= 44) {
          reject(new Error(`espeak-ng failed (exit ${code})`));
          return;
        }
        resolve({ audio: fixWavSizes(audio), mimeType: 'audio/wav', provider: `${this.name}:${voice}` });
      });
      child.stdin.on('error', () => undefined);
      child.stdin.end(text);
    });
  }
}

/**
 * espeak-ng cannot seek back in stdout: it leaves placeholder sizes in the RIFF header, which some
 * decoders refuse. Writes the real ones (canonical 44-byte header).
 */
export function fixWavSizes(wav: Buffer): Buffer {
  if (wav.toString('latin1', 0, 4) !== 'RIFF' || wav.toString('latin1', 36, 40) !== 'data') return wav;
  wav.writeUInt32LE(wav.length - 8, 4);
  wav.writeUInt32LE(wav.length - 44, 40);
  return wav;
}

/** Tries each provider in turn; null when none could render the line. */
export async function renderWithChain(
  providers: readonly TtsProvider[],
  text: string,
  voix: Voix,
  onFailure: (provider: TtsProvider, error: unknown) => void = () => undefined,
): Promise<RenderedSpeech | null> {
  for (const provider of providers) {
    try {
      return await provider.render(text, voix);
    } catch (error) {
      onFailure(provider, error);
    }
  }
  return null;
}
