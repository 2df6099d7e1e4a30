import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ErrorFilter } from '../../server/src/common/error.filter.js';
import { SpeechModule } from '../../server/src/modules/speech/speech.module.js';
import { SpeechService } from '../../server/src/modules/speech/speech.service.js';
import type { SttConfig } from '../../server/src/modules/speech/speech.config.js';
import { FakeOpenAi, replies } from '../support/fake-openai.js';

const spoken = 'Je coupe tout et j’appelle mon binôme.';

async function startApp(config: SttConfig | null): Promise<{ app: INestApplication; url: string }> {
  // Set up as server/src/app.ts does: JSON body parser only, `/api` prefix, the global error filter.
  const app = await NestFactory.create<NestExpressApplication>(SpeechModule.withConfig(config), {
    logger: false,
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: '5mb' });
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new ErrorFilter());
  await app.listen(0, '127.0.0.1');
  return { app, url: `${await app.getUrl()}/api/v1/speech/transcribe` };
}

async function send(
  url: string,
  body: RequestInit['body'],
  contentType?: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url, {
    method: 'POST',
    body,
    headers: contentType ? { 'content-type': contentType } : {},
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

function form(data: Buffer, type: string, filename: string, field = 'file'): FormData {
  const f = new FormData();
  f.append(field, new Blob([new Uint8Array(data)], { type }), filename);
  return f;
}

describe(SpeechService.name, () => {
  let fake: FakeOpenAi;
  let dir: string;
  let wav: Buffer;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eclore-speech-'));
    execFileSync('espeak-ng', ['-v', 'fr', '-w', join(dir, 'utt.wav'), spoken]);
    wav = readFileSync(join(dir, 'utt.wav'));
    fake = await FakeOpenAi.start();
    ({ app, url } = await startApp({
      baseUrl: fake.baseUrl,
      apiKey: 'k',
      model: 'whisper-fake',
      timeoutMs: 1000,
      language: 'fr',
    }));
  });
  afterAll(async () => {
    await app.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => fake.reset());

  it('should forward the WAV and return the transcript when a multipart upload is sent', async () => {
    fake.enqueue(
      '/v1/audio/transcriptions',
      replies.transcription(' je coupe tout et j’appelle mon binôme '),
    );
    const res = await send(url, form(wav, 'audio/wav', 'utt.wav'));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      text: 'je coupe tout et j’appelle mon binôme',
      provider: 'openai-compatible:whisper-fake',
    });

    const [received] = fake.requestsTo('/v1/audio/transcriptions');
    const parts = new Map(received.parts?.map((p) => [p.name, p]));
    const file = parts.get('file');
    expect(file?.data.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(file?.data.subarray(8, 12).toString('ascii')).toBe('WAVE');
    expect(file?.data.equals(wav)).toBe(true);
    expect(file?.filename).toBe('utterance.wav');
    expect(parts.get('model')?.data.toString()).toBe('whisper-fake');
    expect(parts.get('language')?.data.toString()).toBe('fr');
    expect(received.headers.authorization).toBe('Bearer k');
  });

  it('should accept a raw audio body when the content type is audio/*', async () => {
    fake.enqueue('/v1/audio/transcriptions', replies.transcription('bonjour'));
    const res = await send(url, new Uint8Array(wav), 'audio/wav');
    expect(res).toEqual({
      status: 200,
      json: { text: 'bonjour', provider: 'openai-compatible:whisper-fake' },
    });
    expect(
      fake
        .requestsTo('/v1/audio/transcriptions')[0]
        .parts?.find((p) => p.name === 'file')
        ?.data.equals(wav),
    ).toBe(true);
  });

  it('should name a WebM recording as WebM when the headset sends opus in WebM', async () => {
    fake.enqueue('/v1/audio/transcriptions', replies.transcription('oui'));
    const webm = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(2000, 7)]);
    const res = await send(url, form(webm, 'audio/webm;codecs=opus', 'blob'));
    expect(res.status).toBe(200);
    const file = fake.requestsTo('/v1/audio/transcriptions')[0].parts?.find((p) => p.name === 'file');
    expect(file?.filename).toBe('utterance.webm');
    expect(file?.contentType).toBe('audio/webm');
  });

  it.each([
    ['an empty raw body', () => new Uint8Array(0), 'audio/webm', 400, 'AUDIO_EMPTY'],
    [
      'a body over 2 MB',
      () => new Uint8Array(Buffer.concat([wav, Buffer.alloc(2 * 1024 * 1024)])),
      'audio/wav',
      413,
      'AUDIO_TOO_LARGE',
    ],
    ['text instead of audio', () => 'bonjour', 'text/plain', 415, 'AUDIO_UNSUPPORTED'],
    [
      'PNG bytes labelled as audio',
      () => new Uint8Array(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')),
      'audio/webm',
      415,
      'AUDIO_UNSUPPORTED',
    ],
  ])('should refuse %s with a clear error', async (_label, body, type, status, code) => {
    const res = await send(url, body(), type);
    expect(res.status).toBe(status);
    expect(res.json).toMatchObject({ statusCode: status, code });
    expect(typeof res.json.message).toBe('string');
    expect(fake.requests).toHaveLength(0);
  });

  it('should refuse a form without a file with AUDIO_MISSING', async () => {
    const f = new FormData();
    f.append('note', 'pas de fichier');
    const res = await send(url, f);
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('AUDIO_MISSING');
  });

  it('should refuse an oversized multipart upload with 413', async () => {
    const res = await send(
      url,
      form(Buffer.concat([wav, Buffer.alloc(2 * 1024 * 1024)]), 'audio/wav', 'big.wav'),
    );
    expect(res.status).toBe(413);
    expect(res.json.code).toBe('AUDIO_TOO_LARGE');
  });

  it.each([
    ['a 500', replies.error(500)],
    ['a 429', replies.error(429)],
    ['a reply slower than the timeout', replies.transcription('trop tard', { delayMs: 3000 })],
    ['a body without text', { body: { result: 'x' } }],
  ])('should answer 502 STT_FAILED when the provider answers with %s', async (_label, reply) => {
    fake.enqueue('/v1/audio/transcriptions', reply);
    const started = performance.now();
    const res = await send(url, form(wav, 'audio/wav', 'utt.wav'));
    expect(res.status).toBe(502);
    expect(res.json.code).toBe('STT_FAILED');
    expect(performance.now() - started).toBeLessThan(2500);
  });

  it('should answer 503 STT_UNAVAILABLE when no provider is configured', async () => {
    const bare = await startApp(null);
    try {
      const res = await send(bare.url, form(wav, 'audio/wav', 'utt.wav'));
      expect(res.status).toBe(503);
      expect(res.json).toMatchObject({ statusCode: 503, code: 'STT_UNAVAILABLE' });
      expect(res.json.message).toMatch(/reconnaissance vocale/);
    } finally {
      await bare.app.close();
    }
  });
});
