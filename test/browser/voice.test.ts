import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ErrorFilter } from '../../server/src/common/error.filter.js';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bundleForBrowser } from '../support/bundle.js';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../support/chromium.js';
import { randomUUID } from 'node:crypto';
import { generateFollowUpCode } from '../../engine/src/follow-up-code.js';
import { APP_MAIN, startBuiltApp, type RunningApp } from '../support/app-process.js';
import { SpeechModule } from '../../server/src/modules/speech/speech.module.js';
import type { SttConfig } from '../../server/src/modules/speech/speech.config.js';
import { FakeOpenAi, replies } from '../support/fake-openai.js';

const FIXTURE_NARRATIVES = resolve(__dirname, '../integration/fixtures/narratives');

// What the bundle exposes on the page (typed by hand: the client sources use DOM types).
interface VoiceHandle {
  readonly available: boolean;
  start(): Promise<void>;
  stop(): Promise<unknown>;
  dispose(): void;
}
interface VoiceLib {
  createVoiceInput(options: Record<string, unknown>): VoiceHandle;
  mapChoiceOnServer(apiBase: string, request: Record<string, unknown>, offered: number[]): Promise<unknown>;
}

describe('createVoiceInput', () => {
  let dir: string;
  let code: string;
  let fake: FakeOpenAi;
  let browser: Browser;
  const apps: INestApplication[] = [];

  async function startApp(config: SttConfig | null): Promise<string> {
    class VoiceTestModule {}
    const root = { module: VoiceTestModule, imports: [SpeechModule.withConfig(config)] };
    // Set up as server/src/app.ts does: JSON body parser only, `/api` prefix, the global error filter.
    const app = await NestFactory.create<NestExpressApplication>(root, { logger: false, bodyParser: false });
    app.useBodyParser('json', { limit: '5mb' });
    app.setGlobalPrefix('api');
    app.useGlobalFilters(new ErrorFilter());
    await app.listen(0, '127.0.0.1');
    apps.push(app);
    return app.getUrl();
  }

  async function openPage(origin: string): Promise<Page> {
    const context = await browser.newContext();
    await context.grantPermissions(['microphone'], { origin });
    const page = await context.newPage();
    // The page is served at the API's origin so that the module calls the real endpoint same-origin.
    await page.route(`${origin}/voice.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><meta charset="utf-8"><script>${code}</script>`,
      }),
    );
    await page.goto(`${origin}/voice.html`);
    return page;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eclore-voice-'));
    execFileSync('espeak-ng', [
      '-v',
      'fr',
      '-w',
      join(dir, 'utt.wav'),
      'Je coupe tout et j’appelle mon binôme, tout de suite.',
    ]);
    code = bundleForBrowser('client/src/headset/voice/index.ts', 'Voice');
    fake = await FakeOpenAi.start();
    browser = await chromium.launch({
      executablePath: CHROMIUM_EXECUTABLE,
      args: [
        ...CHROMIUM_ARGS,
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-audio-capture=${join(dir, 'utt.wav')}`,
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    for (const app of apps) await app.close();
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => fake.reset());
  const sttConfig = (): SttConfig => ({
    baseUrl: fake.baseUrl,
    apiKey: 'k',
    model: 'whisper-fake',
    timeoutMs: 5000,
    language: 'fr',
  });

  it('should return the server transcript of a WebM/Opus recording when the user holds to talk', async () => {
    const origin = await startApp(sttConfig());
    fake.enqueue('/v1/audio/transcriptions', replies.transcription('je coupe tout et j’appelle mon binôme'));
    const page = await openPage(origin);
    const result = await page.evaluate(async () => {
      const v = (globalThis as unknown as { Voice: VoiceLib }).Voice.createVoiceInput({
        apiBase: '',
        webSpeech: false,
      });
      await v.start();
      await new Promise((r) => setTimeout(r, 1500));
      const out = await v.stop();
      v.dispose();
      return out;
    });
    expect(result).toEqual({
      transcript: 'je coupe tout et j’appelle mon binôme',
      provider: 'server',
      detail: 'openai-compatible:whisper-fake',
    });
    const file = fake.requestsTo('/v1/audio/transcriptions')[0].parts?.find((p) => p.name === 'file');
    expect(file?.filename).toBe('utterance.webm');
    expect([...file!.data.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    expect(file!.data.length).toBeGreaterThan(2000);
    await page.context().close();
  }, 30_000);

  it('should resolve null so the UI shows the buttons when the server has no speech-to-text', async () => {
    const origin = await startApp(null);
    const page = await openPage(origin);
    const results = await page.evaluate(async () => {
      const v = (globalThis as unknown as { Voice: VoiceLib }).Voice.createVoiceInput({
        apiBase: '',
        webSpeech: false,
      });
      const out: unknown[] = [];
      for (let i = 0; i < 2; i++) {
        try {
          await v.start();
          await new Promise((r) => setTimeout(r, 300));
          out.push(await v.stop());
        } catch (e) {
          out.push(String(e));
        }
      }
      out.push(v.available);
      v.dispose();
      return out;
    });
    // The first turn learns the server has no STT (503); the second does not record at all.
    expect(results[0]).toBeNull();
    expect(results[1]).toMatch(/Micro indisponible/);
    expect(results[2]).toBe(false);
    expect(fake.requests).toHaveLength(0);
    await page.context().close();
  }, 30_000);

  it('should stop recording by itself at the maximum duration when the user keeps holding', async () => {
    const origin = await startApp(sttConfig());
    fake.enqueue('/v1/audio/transcriptions', replies.transcription('bonjour'));
    const page = await openPage(origin);
    const result = await page.evaluate(async () => {
      let autoStopped = 0;
      const v = (globalThis as unknown as { Voice: VoiceLib }).Voice.createVoiceInput({
        apiBase: '',
        webSpeech: false,
        maxDurationMs: 800,
        onAutoStop: () => autoStopped++,
      });
      await v.start();
      await new Promise((r) => setTimeout(r, 2500));
      const out = await v.stop();
      v.dispose();
      return { out, autoStopped };
    });
    expect(result).toEqual({
      out: { transcript: 'bonjour', provider: 'server', detail: 'openai-compatible:whisper-fake' },
      autoStopped: 1,
    });
    // ~0.8 s of 32 kb/s Opus is far smaller than 2.5 s would be.
    const file = fake.requestsTo('/v1/audio/transcriptions')[0].parts?.find((p) => p.name === 'file');
    expect(file!.data.length).toBeLessThan(8000);
    await page.context().close();
  }, 30_000);

  it('should map an utterance through the server LLM for the session’s decision and drop an answer outside the offered choices', async () => {
    if (!existsSync(APP_MAIN)) throw new Error('Build missing: run `npm run build` first.');
    const dataDir = mkdtempSync('/tmp/eclore-voice-llm-');
    chmodSync(dataDir, 0o755);
    let running: RunningApp | null = null;
    try {
      running = await startBuiltApp({
        dataDir,
        env: {
          ECLORE_NARRATIVES_DIR: FIXTURE_NARRATIVES,
          LLM_BASE_URL: fake.baseUrl,
          LLM_API_KEY: 'k',
          LLM_MODEL: 'fake-model',
          TTS_PROVIDER: 'none',
        },
      });
      const origin = running.baseUrl;
      const catalog = (await (await fetch(`${origin}/api/v1/catalog`)).json()) as {
        scenarios: { id: string; versionId: string }[];
      };
      const sessionId = randomUUID();
      await fetch(`${origin}/api/v1/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: sessionId,
          scenarioId: catalog.scenarios[0].id,
          versionId: catalog.scenarios[0].versionId,
          followUpCode: generateFollowUpCode(),
          startedAt: new Date().toISOString(),
        }),
      });
      fake.enqueue('/v1/chat/completions', replies.chat('{"choice":"1"}'), replies.chat('{"choice":"7"}'));
      const page = await openPage(origin);
      const answers = await page.evaluate(async (id) => {
        const map = (globalThis as unknown as { Voice: VoiceLib }).Voice.mapChoiceOnServer;
        return [
          await map('', { sessionId: id, step: 0, utterance: 'je tente ma chance' }, [0, 1, 2]),
          await map('', { sessionId: id, step: 0, utterance: 'je verrai bien sur place' }, [0, 1, 2]),
        ];
      }, sessionId);
      expect(answers).toEqual([
        { choiceIndex: 1, via: 'llm' },
        { choiceIndex: null, via: 'llm' },
      ]);
      // The server sent the story's own options, not anything from the page.
      const sent = fake.requestsTo('/v1/chat/completions')[0].json as { messages: { content: string }[] };
      expect(sent.messages[1].content).toContain('Je monte tout de suite.');
      await page.context().close();
    } finally {
      if (running?.child.exitCode === null) {
        // SIGTERM lets the app stop its embedded Postgres.
        const exited = new Promise((done) => running!.child.once('exit', done));
        running.child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
