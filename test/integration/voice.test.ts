import { voiceKey } from '../../engine/src/index.js';
import { VoiceController } from '../../server/src/modules/voice/voice.controller.js';
import { FakeOpenAi, replies, type FakeReply } from '../support/fake-openai.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Each app boots on its own database: slow on a shared 2-core machine.
jest.setTimeout(90_000);

interface Clip {
  key: string;
  url: string;
  speaker?: string;
}

async function versionOf(t: TestApp): Promise<string> {
  const catalog = await t.api('GET', '/api/v1/catalog');
  return (catalog.body.scenarios as { id: string; versionId: string }[]).find((s) => s.id === 'mini-eolien')!
    .versionId;
}

async function clipsOf(t: TestApp): Promise<Clip[]> {
  const list = await t.api('GET', `/api/v1/scenarios/mini-eolien/versions/${await versionOf(t)}/voice`);
  expect(list.status).toBe(200);
  return list.body.clips as Clip[];
}

async function fetchClip(t: TestApp, url: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${t.baseUrl}${url}`, { headers });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe(VoiceController.name, () => {
  describe('with espeak-ng (no OpenAI-compatible server configured)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('should list every line of the version with its speaker and URL', async () => {
      const clips = await clipsOf(t);
      expect(clips).toHaveLength(7);
      expect(clips.every((c) => c.speaker === 'lea' && /^[0-9a-f]{16}$/.test(c.key))).toBe(true);
      expect(clips[0].url).toMatch(new RegExp(`/voice/${clips[0].key}$`));
    });

    it('should render a WAV with espeak-ng on the first request and serve it from the table next', async () => {
      const [first] = await clipsOf(t);
      const { response, bytes } = await fetchClip(t, first.url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^audio\/wav/);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(bytes.toString('latin1', 0, 4)).toBe('RIFF');
      expect(bytes.toString('latin1', 8, 12)).toBe('WAVE');
      // The header sizes are the real ones (espeak-ng leaves placeholders on stdout).
      expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
      expect(bytes.length).toBeGreaterThan(10_000);
      const [row] = (await t.dataSource.query(`SELECT clip_key, provider FROM voice_clips`)) as {
        clip_key: string;
        provider: string;
      }[];
      expect(row.provider).toBe('espeak-ng:fr');

      // Served from the table: a marked row comes back as is.
      await t.dataSource.query(`UPDATE voice_clips SET audio = $1 WHERE clip_key = $2`, [
        Buffer.from('RIFF-depuis-la-table'),
        row.clip_key,
      ]);
      const again = await fetchClip(t, first.url);
      expect(again.bytes.toString()).toBe('RIFF-depuis-la-table');

      const etag = response.headers.get('etag')!;
      const revalidated = await fetchClip(t, first.url, { 'if-none-match': etag });
      expect(revalidated.response.status).toBe(304);
    });

    it('should render a clip once when several first requests arrive together', async () => {
      const clips = await clipsOf(t);
      const results = await Promise.all([1, 2, 3, 4, 5].map(() => fetchClip(t, clips[1].url)));
      expect(results.map((r) => r.response.status)).toEqual([200, 200, 200, 200, 200]);
      expect(new Set(results.map((r) => r.bytes.toString('base64'))).size).toBe(1);
      const [{ count }] = (await t.dataSource.query(`SELECT count(*)::int AS count FROM voice_clips`)) as {
        count: number;
      }[];
      expect(count).toBe(2);
    });

    it('should answer 404 VOICE_LINE_NOT_FOUND when the key is not a line of that version', async () => {
      const versionId = await versionOf(t);
      for (const key of ['0123456789abcdef', 'pas-une-cle', '..%2F..%2Fetc']) {
        const response = await t.api(
          'GET',
          `/api/v1/scenarios/mini-eolien/versions/${versionId}/voice/${key}`,
        );
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('VOICE_LINE_NOT_FOUND');
      }
      const unknownVersion = await t.api('GET', '/api/v1/scenarios/mini-eolien/versions/inconnue/voice');
      expect(unknownVersion.body.code).toBe('VERSION_NOT_FOUND');
    });

    it('should refuse a revoked or unknown headset token', async () => {
      const [first] = await clipsOf(t);
      const response = await fetch(`${t.baseUrl}${first.url}`, {
        headers: { authorization: 'Device pas-un-jeton' },
      });
      expect(response.status).toBe(401);
    });
  });

  describe('with an OpenAI-compatible server', () => {
    let t: TestApp;
    let fake: FakeOpenAi;
    const mp3 = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(2000, 7)]);

    beforeAll(async () => {
      fake = await FakeOpenAi.start();
      t = await startTestApp({
        env: {
          TTS_BASE_URL: fake.baseUrl,
          TTS_MODEL: 'tts-fake',
          TTS_VOICE: 'neutre=echo',
          TTS_TIMEOUT_MS: '800',
        },
      });
    });
    afterAll(async () => {
      await t.close();
      await fake.close();
    });
    beforeEach(() => fake.reset());

    it('should serve the audio of the OpenAI-compatible server when it answers with audio', async () => {
      fake.enqueue('/v1/audio/speech', replies.speech(mp3));
      const [first] = await clipsOf(t);
      const { response, bytes } = await fetchClip(t, first.url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^audio\/mpeg/);
      expect(bytes.equals(mp3)).toBe(true);
      const [request] = fake.requestsTo('/v1/audio/speech');
      expect(request.json).toMatchObject({
        model: 'tts-fake',
        voice: 'echo',
        input: 'Bonjour, je suis Léa. On monte dans l’éolienne aujourd’hui.',
      });
    });

    it.each<[string, FakeReply]>([
      ['a web page', { body: '<html>quota</html>', contentType: 'text/html' }],
      ['empty audio', replies.speech(Buffer.alloc(0))],
      ['a server error', replies.error(500)],
      ['an answer slower than the timeout', { ...replies.speech(mp3), delayMs: 3000 }],
      ['a huge body', replies.speech(Buffer.alloc(6 * 1024 * 1024, 1))],
    ])('should fall back to espeak-ng when the server answers with %s', async (_label, reply) => {
      fake.enqueue('/v1/audio/speech', reply);
      const clips = await clipsOf(t);
      const used = (await t.dataSource.query(`SELECT count(*)::int AS count FROM voice_clips`)) as {
        count: number;
      }[];
      const { response, bytes } = await fetchClip(t, clips[used[0].count].url);
      expect(response.status).toBe(200);
      expect(bytes.toString('latin1', 0, 4)).toBe('RIFF');
      expect(fake.requestsTo('/v1/audio/speech')).toHaveLength(1);
    });
  });

  describe('without any provider', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ env: { TTS_PROVIDER: 'none' } });
    });
    afterAll(() => t.close());

    it('should list no clip and answer 503 VOICE_UNAVAILABLE for a line so the headset speaks with the browser', async () => {
      const versionId = await versionOf(t);
      const base = `/api/v1/scenarios/mini-eolien/versions/${versionId}/voice`;
      const list = await t.api('GET', base);
      expect(list.status).toBe(200);
      expect(list.body).toEqual({ clips: [] });
      const key = voiceKey('lea', 'Tu fais quoi avant de monter ?');
      const clip = await t.api('GET', `${base}/${key}`);
      expect(clip.status).toBe(503);
      expect(clip.body.code).toBe('VOICE_UNAVAILABLE');
    });
  });
});
