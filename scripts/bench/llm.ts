// LLM-assisted turn: what the server does when the matcher is unsure (map-choice: the engine's
// matcher, prompt v2, one call to an OpenAI-compatible provider, closed-output validation), against
// the test fake answering after a realistic 300–900 ms, then the 2 s hard cap against a provider
// that does not answer in time. The session lookup and the cache are Postgres queries of a few ms,
// left out here (test/integration/llm-choice-mapping.test.ts runs them for real).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileInk } from '../../engine/src/compiler.js';
import { DialogueRunner } from '../../engine/src/index.js';
import { ChoiceMappingService } from '../../server/src/modules/llm/choice-mapping.service.js';
import type { Decision, DecisionService } from '../../server/src/modules/llm/decision.service.js';
import type { LlmCacheRepository } from '../../server/src/modules/llm/llm-cache.repository.js';
import { FakeOpenAi, replies } from '../../test/support/fake-openai.js';
import type { Figure } from '../bench.js';

const TURNS = 120;
// Headsets of a site asking at once.
const CONCURRENCY = 8;
const CAP_TRIALS = 3;

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** The first decision of a real scenario, as the server rebuilds it. */
function firstDecision(): Decision {
  const source = readFileSync(
    join(process.cwd(), 'narratives', 'technicienne-eolienne', 'scenario.ink'),
    'utf8',
  );
  const { json } = compileInk(source);
  if (!json) throw new Error('technicienne-eolienne ne compile pas');
  const turn = new DialogueRunner(json).next();
  return { versionId: 'bench', step: 0, choices: turn.choices, line: turn.lines.at(-1)?.text ?? '' };
}

function service(baseUrl: string, decision: Decision): ChoiceMappingService {
  const decisions = { decisionAt: () => Promise.resolve(decision) } as unknown as DecisionService;
  // No cache: every turn reaches the provider (the worst case a visitor meets).
  const cache = { findAnswer: () => Promise.resolve(null), saveAnswer: () => Promise.resolve() };
  return new ChoiceMappingService(
    {
      baseUrl,
      apiKey: 'bench',
      model: 'fake-model',
      structuredOutput: 'json_schema',
      timeoutMs: 2000,
      promptsDir: 'prompts',
    },
    decisions,
    cache as unknown as LlmCacheRepository,
  );
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
}

export async function run(): Promise<Figure[]> {
  const fake = await FakeOpenAi.start();
  try {
    const decision = firstDecision();
    const mapping = service(fake.baseUrl, decision);
    const random = lcg(13);
    fake.setResponder('/v1/chat/completions', () =>
      replies.chat('{"choice":"1"}', { delayMs: 300 + Math.round(random() * 600) }),
    );
    // Utterances the matcher is unsure of (else no call is made): numbered to stay distinct.
    const utterance = (i: number) => `euh le truc numéro ${i + 20} je sais plus comment ça s’appelle`;
    const turns: number[] = [];
    let answered = 0;
    for (let start = 0; start < TURNS; start += CONCURRENCY) {
      await Promise.all(
        Array.from({ length: Math.min(CONCURRENCY, TURNS - start) }, async (_, k) => {
          const began = performance.now();
          const result = await mapping.mapChoice({
            sessionId: 'bench',
            step: 0,
            utterance: utterance(start + k),
          });
          turns.push(performance.now() - began);
          if (result.via === 'llm' && result.outcome === 'match') answered++;
        }),
      );
    }
    if (answered !== TURNS) throw new Error(`${TURNS - answered} tours sans réponse du faux fournisseur`);

    // Our own share of a turn: the same path against a provider that answers at once.
    fake.reset();
    fake.setResponder('/v1/chat/completions', () => replies.chat('{"choice":"1"}'));
    const overhead: number[] = [];
    for (let i = 0; i < 40; i++) {
      const began = performance.now();
      await mapping.mapChoice({ sessionId: 'bench', step: 0, utterance: utterance(i) });
      overhead.push(performance.now() - began);
    }

    fake.reset();
    fake.setResponder('/v1/chat/completions', () => replies.chat('{"choice":"1"}', { delayMs: 5000 }));
    const capped: number[] = [];
    for (let i = 0; i < CAP_TRIALS; i++) {
      const began = performance.now();
      const result = await mapping.mapChoice({ sessionId: 'bench', step: 0, utterance: utterance(i) });
      capped.push(performance.now() - began);
      if (result.outcome !== 'timeout' || result.choiceIndex !== null)
        throw new Error(`plafond non respecté : ${JSON.stringify(result)}`);
    }
    return [
      { name: 'llm.turn_p95_ms', value: p95(turns), unit: 'ms', budget: '≤ 1200 ms' },
      { name: 'llm.turn_overhead_p95_ms', value: p95(overhead), unit: 'ms' },
      { name: 'llm.timeout_fallback_ms', value: Math.max(...capped), unit: 'ms', budget: '≤ 2000 ms + ε' },
    ];
  } finally {
    await fake.close();
  }
}
