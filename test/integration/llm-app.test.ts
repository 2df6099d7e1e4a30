import { startTestApp, type TestApp } from './support/test-app.js';

// Map-choice in the whole app: llm-choice-mapping.test.ts and llm-adversarial.test.ts.
describe('speech route in the whole app without providers', () => {
  let withoutProviders: TestApp;

  beforeAll(async () => {
    withoutProviders = await startTestApp();
  }, 60_000);
  afterAll(async () => {
    await withoutProviders?.close();
  });

  it('should answer 503 STT_UNAVAILABLE from the speech route when no speech-to-text is configured', async () => {
    const wav = Buffer.concat([
      Buffer.from('RIFF'),
      Buffer.alloc(4),
      Buffer.from('WAVEfmt '),
      Buffer.alloc(64),
    ]);
    const res = await fetch(`${withoutProviders.baseUrl}/api/v1/speech/transcribe`, {
      method: 'POST',
      headers: { 'content-type': 'audio/wav' },
      body: wav,
    });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ statusCode: 503, code: 'STT_UNAVAILABLE' });
  });
});
