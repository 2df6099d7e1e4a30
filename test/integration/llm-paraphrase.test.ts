import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { LlmModule } from '../../server/src/modules/llm/llm.module.js';
import { ParaphraseService } from '../../server/src/modules/llm/paraphrase.service.js';
import { FakeOpenAi, replies } from '../support/fake-openai.js';

const line = 'Avant de monter, on vérifie le harnais et on prévient le binôme.';
const lea = { nom: 'Léa', role: 'technicienne de maintenance éolienne' };
const rephrased = 'Avant de grimper, on contrôle le harnais et on avertit le binôme.';

describe(ParaphraseService.name, () => {
  let fake: FakeOpenAi;
  let context: INestApplicationContext;
  let service: ParaphraseService;

  beforeAll(async () => {
    fake = await FakeOpenAi.start();
    context = await NestFactory.createApplicationContext(
      LlmModule.withConfig({
        baseUrl: fake.baseUrl,
        apiKey: 'k',
        model: 'fake-model',
        structuredOutput: 'json_schema',
        timeoutMs: 2000,
        promptsDir: 'prompts',
      }),
      { logger: false },
    );
    service = context.get(ParaphraseService);
  });
  afterAll(async () => {
    await context.close();
    await fake.close();
  });
  beforeEach(() => fake.reset());

  it('should return the rephrased line when the guard accepts it', async () => {
    fake.enqueue('/v1/chat/completions', replies.chat(JSON.stringify({ text: rephrased })));
    await expect(service.paraphraseLine(line, lea)).resolves.toEqual({ text: rephrased, via: 'llm' });
    const sent = fake.requestsTo('/v1/chat/completions')[0].json as { messages: { content: string }[] };
    expect(sent.messages[1].content).toContain('Léa, technicienne de maintenance éolienne');
    expect(sent.messages[1].content).toContain(JSON.stringify(line));
  });

  it.each([
    ['adds a number', 'Avant de monter à 120 mètres, on vérifie le harnais et on prévient le binôme.'],
    [
      'talks about being an AI',
      'En tant qu’intelligence artificielle, je dirais : on vérifie le harnais et on prévient le binôme.',
    ],
    [
      'adds a link',
      'Avant de monter, on vérifie le harnais (voir https://exemple.fr) et on prévient le binôme.',
    ],
    ['is in English', 'Before climbing, we check the harness and we warn the partner.'],
  ])(
    'should keep the scripted line when the engine guard rejects a rephrasing that %s',
    async (_label, candidate) => {
      fake.enqueue('/v1/chat/completions', replies.chat(JSON.stringify({ text: candidate })));
      await expect(service.paraphraseLine(line, lea)).resolves.toEqual({
        text: line,
        via: 'scripted',
        reason: 'guard',
      });
    },
  );

  it.each([
    ['invalid JSON', replies.chat('Bien sûr ! Voici : « Avant de grimper… »'), 'invalid'],
    ['an extra field', replies.chat(JSON.stringify({ text: rephrased, note: 'fun' })), 'invalid'],
    ['a 500', replies.error(500), 'error'],
    [
      'a reply slower than the timeout',
      replies.chat(JSON.stringify({ text: rephrased }), { delayMs: 3000 }),
      'timeout',
    ],
  ])('should keep the scripted line when the model answers with %s', async (_label, reply, reason) => {
    fake.enqueue('/v1/chat/completions', reply);
    await expect(service.paraphraseLine(line, lea)).resolves.toEqual({ text: line, via: 'scripted', reason });
  });

  it('should keep the scripted line when no LLM is configured', async () => {
    const bare = await NestFactory.createApplicationContext(LlmModule.withConfig(null), {
      logger: false,
    });
    try {
      await expect(bare.get(ParaphraseService).paraphraseLine(line, lea)).resolves.toEqual({
        text: line,
        via: 'scripted',
        reason: 'unconfigured',
      });
      expect(fake.requests).toHaveLength(0);
    } finally {
      await bare.close();
    }
  });
});
