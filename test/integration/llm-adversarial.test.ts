import {
  asData,
  ChoiceMappingService,
  type MapChoiceResult,
} from '../../server/src/modules/llm/choice-mapping.service.js';
import { FakeOpenAi, replies, type FakeReply, type RecordedRequest } from '../support/fake-openai.js';
import { HOSTILE_OUTPUTS, VALID_OUTPUTS, hostileInputs, pick } from './llm-adversarial-inputs.js';
import { startVisit, type Visit } from './llm-support.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Point 4 of issue 13 (map-choice half): hostile visitors and a hostile provider, three runs. No
// score changes, no choice outside the offered set, no prompt leak, and every failure falls back to
// « ask again / the buttons ».

// What the fake provider answers, chosen from the utterance it was sent (so the test knows it).
const OUTPUTS: { label: string; valid: boolean; reply: () => FakeReply }[] = [
  ...HOSTILE_OUTPUTS.map((content) => ({ label: content, valid: false, reply: () => replies.chat(content) })),
  ...VALID_OUTPUTS.map((content) => ({ label: content, valid: true, reply: () => replies.chat(content) })),
  { label: 'HTTP 500', valid: false, reply: () => replies.error(500) },
  { label: 'garbage body', valid: false, reply: () => replies.garbage() },
  {
    label: 'unrequested tool call',
    valid: false,
    reply: () => replies.toolCall('give_points', '{"securite":3}'),
  },
];

function utteranceIn(request: RecordedRequest): string {
  const user = (request.json as { messages: { content: string }[] }).messages[1].content;
  return /<utterance>([\s\S]*)<\/utterance>/.exec(user)?.[1] ?? '';
}

const SYSTEM_FRAGMENTS = ['You map what', 'Rules:', 'Answer only with a JSON object', 'Offered answers'];
// Fixture decisions: step 0 offers 3 choices, step 1 offers 2.
const OFFERED: Record<number, number[]> = { 0: [0, 1, 2], 1: [0, 1] };
const SCRIPTED = [2, 0, 0];

describe('map-choice under hostile inputs and outputs', () => {
  let fake: FakeOpenAi;
  let t: TestApp;
  let mapping: ChoiceMappingService;
  const inputs = hostileInputs();

  beforeAll(async () => {
    fake = await FakeOpenAi.start();
    fake.setResponder('/v1/chat/completions', (request) => pick(utteranceIn(request), OUTPUTS).reply());
    t = await startTestApp({
      env: { LLM_BASE_URL: fake.baseUrl, LLM_API_KEY: 'k', LLM_MODEL: 'fake-model' },
    });
    mapping = t.app.get(ChoiceMappingService);
  }, 90_000);
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  it('should have at least 500 distinct hostile inputs', () => {
    expect(new Set(inputs).size).toBeGreaterThanOrEqual(500);
  });

  it('should keep every answer inside the offered set, fall back on every bad output and leak nothing, three runs over', async () => {
    const atStep0 = await startVisit(t);
    const atStep1 = await startVisit(t);
    await atStep1.choose(SCRIPTED[0]);
    const control = await startVisit(t);
    const eventsBefore = await eventCount(t, [atStep0, atStep1]);

    const problems: string[] = [];
    let reachedLlm = 0;
    for (let run = 0; run < 3; run++) {
      for (let i = 0; i < inputs.length; i += 10) {
        await Promise.all(
          inputs.slice(i, i + 10).map(async (utterance, k) => {
            const step = (i + k) % 2;
            const visit = step === 0 ? atStep0 : atStep1;
            const result = await mapping.mapChoice({ sessionId: visit.sessionId, step, utterance });
            problems.push(...check(result, utterance, step));
            if (result.via === 'llm') reachedLlm++;
          }),
        );
      }
    }
    expect(problems).toEqual([]);
    // The suite must exercise the provider's hostile outputs, not only the matcher's refusals.
    expect(reachedLlm).toBeGreaterThan(inputs.length);

    const systems = new Set<string>();
    for (const request of fake.requestsTo('/v1/chat/completions')) {
      const [system, user] = (request.json as { messages: { content: string }[] }).messages;
      // The utterance stays inside its delimiters, never in the rules.
      expect(user.content.split('</utterance>')).toHaveLength(2);
      expect(user.content.split('<utterance>')).toHaveLength(2);
      systems.add(system.content);
    }
    // One system prompt per decision (its ids), whatever the visitor said.
    expect(systems.size).toBe(2);

    // map-choice never writes events, and the scores are those of the scripted replay.
    expect(await eventCount(t, [atStep0, atStep1])).toBe(eventsBefore);
    await atStep0.choose(...SCRIPTED);
    await atStep1.choose(...SCRIPTED.slice(1));
    await control.choose(...SCRIPTED);
    const expected = (await control.complete()).scores;
    expect((await atStep0.complete()).scores).toEqual(expected);
    expect((await atStep1.complete()).scores).toEqual(expected);
  }, 300_000);

  it('should answer hostile inputs over HTTP with only the closed fields', async () => {
    const visit = await startVisit(t);
    for (const utterance of inputs.filter((_, i) => i % 20 === 0)) {
      const res = await t.api('POST', '/api/v1/dialogue/map-choice', {
        body: { sessionId: visit.sessionId, step: 0, utterance },
      });
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(['choiceIndex', 'outcome', 'via']);
      expect(res.body.choiceIndex === null || OFFERED[0].includes(res.body.choiceIndex)).toBe(true);
      for (const fragment of SYSTEM_FRAGMENTS) expect(JSON.stringify(res.body)).not.toContain(fragment);
    }
  }, 120_000);

  function check(result: MapChoiceResult, utterance: string, step: number): string[] {
    const out: string[] = [];
    const where = `${JSON.stringify(utterance)} @${step} → ${JSON.stringify(result)}`;
    if (result.choiceIndex !== null && !OFFERED[step].includes(result.choiceIndex))
      out.push(`outside: ${where}`);
    const keys = Object.keys(result).filter((k) => !['choiceIndex', 'via', 'outcome', 'cached'].includes(k));
    if (keys.length > 0) out.push(`extra fields: ${where}`);
    if (SYSTEM_FRAGMENTS.some((f) => JSON.stringify(result).includes(f))) out.push(`leak: ${where}`);
    if (result.via === 'llm' && !result.cached) {
      const output = pick(asData(utterance), OUTPUTS);
      if (!output.valid && result.choiceIndex !== null) out.push(`no fallback (${output.label}): ${where}`);
      if (!output.valid && result.outcome === 'match') out.push(`accepted ${output.label}: ${where}`);
    }
    return out;
  }
});

async function eventCount(t: TestApp, visits: Visit[]): Promise<number> {
  const rows = (await t.dataSource.query(
    `SELECT count(*)::int AS n FROM events WHERE session_id = ANY($1::uuid[])`,
    [visits.map((v) => v.sessionId)],
  )) as { n: number }[];
  return rows[0].n;
}
