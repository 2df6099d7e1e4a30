import { startTestApp, type TestApp } from './support/test-app.js';
import { DialogueController } from '../../server/src/modules/llm/dialogue.controller.js';
import { FakeOpenAi, replies } from '../support/fake-openai.js';

const choices = [
  { index: 0, text: 'Je mets mon harnais.' },
  { index: 1, text: 'Je monte sans attendre.' },
];

describe(`${DialogueController.name} in the whole app`, () => {
  let fake: FakeOpenAi;
  let withLlm: TestApp;
  let withoutLlm: TestApp;

  beforeAll(async () => {
    fake = await FakeOpenAi.start();
    withLlm = await startTestApp({
      env: { LLM_BASE_URL: fake.baseUrl, LLM_API_KEY: 'k', LLM_MODEL: 'fake-model' },
    });
    withoutLlm = await startTestApp();
  }, 60_000);
  afterAll(async () => {
    await withLlm?.close();
    await withoutLlm?.close();
    await fake.close();
  });

  it('should map the utterance for a headset without any staff token when an LLM is configured', async () => {
    fake.enqueue('/v1/chat/completions', replies.chat('{"choice":"0"}'));
    const res = await withLlm.api('POST', '/api/v1/dialogue/map-choice', {
      body: { utterance: 'je m’attache d’abord', choices },
    });
    expect(res).toMatchObject({ status: 200, body: { choiceIndex: 0, via: 'llm', outcome: 'match' } });
    expect(fake.requestsTo('/v1/chat/completions')).toHaveLength(1);
  });

  it('should answer no choice via none when the app has no LLM configured', async () => {
    const res = await withoutLlm.api('POST', '/api/v1/dialogue/map-choice', {
      body: { utterance: 'je m’attache', choices },
    });
    expect(res).toMatchObject({ status: 200, body: { choiceIndex: null, via: 'none' } });
  });

  it('should answer 400 VALIDATION_FAILED in French when the body has unknown fields', async () => {
    const res = await withLlm.api('POST', '/api/v1/dialogue/map-choice', {
      body: { utterance: 'oui', choices, scores: { securite: 3 } },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });

  it('should answer 503 STT_UNAVAILABLE from the speech route when no speech-to-text is configured', async () => {
    const wav = Buffer.concat([
      Buffer.from('RIFF'),
      Buffer.alloc(4),
      Buffer.from('WAVEfmt '),
      Buffer.alloc(64),
    ]);
    const res = await fetch(`${withoutLlm.baseUrl}/api/v1/speech/transcribe`, {
      method: 'POST',
      headers: { 'content-type': 'audio/wav' },
      body: wav,
    });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ statusCode: 503, code: 'STT_UNAVAILABLE' });
  });
});
