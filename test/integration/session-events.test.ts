import { randomUUID } from 'node:crypto';
import { replay } from '../../engine/src/index.js';
import { aSession, anEvent, choiceEvents, type EventBody } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { GAP, siteIdOf } from './support/staff.js';

// Issue 9: one bad event never blocks a visit, events have a schema, a completed visit is final.
jest.setTimeout(90_000);

const COMPETENCIES = ['rigueur', 'travail_equipe', 'securite'];

interface EventResult {
  id: string | null;
  status: 'stored' | 'duplicate' | 'rejected';
  code?: string;
  message?: string;
}

describe('events ingest and completion', () => {
  let t: TestApp;
  let scenarioId: string;
  let versionId: string;
  let story: Record<string, unknown>;

  const createSession = async () => {
    const body = aSession({ scenarioId, versionId });
    const response = await t.api('POST', '/api/v1/sessions', { body });
    expect(response.status).toBe(201);
    return body;
  };
  const sendEvents = async (sessionId: string, events: readonly unknown[]) => {
    const response = await t.api<{ results: EventResult[]; code?: string }>(
      'POST',
      `/api/v1/sessions/${sessionId}/events`,
      { body: { events } },
    );
    return response;
  };
  const complete = (sessionId: string) =>
    t.api('POST', `/api/v1/sessions/${sessionId}/complete`, { body: {} });
  const storedEvents = async (sessionId: string) =>
    (await t.dataSource.query('SELECT id, payload FROM events WHERE session_id = $1 ORDER BY position', [
      sessionId,
    ])) as { id: string; payload: Record<string, unknown> }[];
  const storedScores = async (sessionId: string) =>
    Object.fromEntries(
      (
        (await t.dataSource.query('SELECT competency, score FROM competency_scores WHERE session_id = $1', [
          sessionId,
        ])) as { competency: string; score: number }[]
      ).map((r) => [r.competency, r.score]),
    );
  const expectedScores = (choices: number[]) => replay(story, choices, { competencies: COMPETENCIES }).scores;

  beforeAll(async () => {
    t = await startTestApp();
    const catalog = await t.api('GET', '/api/v1/catalog');
    ({ id: scenarioId, versionId } = catalog.body.scenarios[0]);
    story = (await t.api('GET', `/api/v1/scenarios/${scenarioId}/versions/${versionId}`)).body.story;
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('one bad event in a batch', () => {
    const line = (payload: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      anEvent({ type: 'line.shown', payload, ...extra });
    const DEEP = Symbol('@@profond@@');
    const serialize = (value: unknown) =>
      JSON.stringify(value).replace(`"${DEEP.description}"`, '{"n":'.repeat(20) + '{}' + '}'.repeat(20));
    const deep = DEEP.description;
    const bad: [string, unknown, string][] = [
      ['a negative seq', anEvent({ seq: -1 }), 'VALIDATION_FAILED'],
      ['an unknown field on the event', { ...anEvent(), extra: 1 }, 'VALIDATION_FAILED'],
      ['an unknown event type', anEvent({ type: 'score.claimed', payload: {} }), 'VALIDATION_FAILED'],
      [
        'an unknown payload field',
        line({ lineId: 'l1', text: 'Bonjour.', admin: true }),
        'VALIDATION_FAILED',
      ],
      ['a NUL in a payload value', line({ lineId: 'l1', text: 'Bon\u0000jour' }), 'VALIDATION_FAILED'],
      [
        'a NUL in a payload key',
        line({ lineId: 'l1', text: 'Bonjour', 'te\u0000xt': 'x' }),
        'VALIDATION_FAILED',
      ],
      ['a lone surrogate', line({ lineId: 'l1', text: 'Bonjour \ud800' }), 'VALIDATION_FAILED'],
      ['a payload nested 20 deep', line({ lineId: 'l1', text: 'x', deep }), 'VALIDATION_FAILED'],
      [
        'a choice.made without a choice index',
        anEvent({ type: 'choice.made', payload: { step: 0, choiceText: 'x', method: 'pointer' } }),
        'VALIDATION_FAILED',
      ],
      [
        'a transcript over 500 characters',
        anEvent({
          type: 'utterance.heard',
          payload: { step: 0, transcript: 'a'.repeat(501), choiceIndex: 0, confidence: 0.9, via: 'matcher' },
        }),
        'VALIDATION_FAILED',
      ],
      [
        'a payload over 8 KB',
        anEvent({
          type: 'choice.offered',
          payload: {
            step: 0,
            path: 'accueil',
            choices: Array.from({ length: 5 }, (_, index) => ({ index, text: 'é'.repeat(1000) })),
          },
        }),
        'EVENT_PAYLOAD_TOO_LARGE',
      ],
      ['an impossible date', anEvent({ at: '2026-02-30T10:00:00Z' }), 'VALIDATION_FAILED'],
      ['year 0000', anEvent({ at: '0000-01-01T00:00:00Z' }), 'VALIDATION_FAILED'],
      ['the nil UUID', anEvent({ id: '00000000-0000-0000-0000-000000000000' }), 'VALIDATION_FAILED'],
      ['a string instead of an event', 'bonjour', 'VALIDATION_FAILED'],
      ['null', null, 'VALIDATION_FAILED'],
    ];

    it.each(bad)(
      'should store the good events and refuse only the one with %s, with a code and a French message',
      async (_name, poisoned, code) => {
        const session = await createSession();
        const before = anEvent({ seq: 0 });
        const after = anEvent({ seq: 2 });
        // Built by hand, so that the nesting is exact.
        const rawBody = `{"events":[${JSON.stringify(before)},${serialize(poisoned)},${JSON.stringify(after)}]}`;
        const response = await t.api<{ results: EventResult[] }>(
          'POST',
          `/api/v1/sessions/${session.id}/events`,
          {
            rawBody,
          },
        );
        expect(response.status).toBe(200);
        expect(response.body.results).toHaveLength(3);
        expect(response.body.results[0]).toEqual({ id: before.id, status: 'stored' });
        expect(response.body.results[2]).toEqual({ id: after.id, status: 'stored' });
        expect(response.body.results[1]).toMatchObject({ status: 'rejected', code });
        expect(response.body.results[1]!.message).toMatch(/[a-zà-ÿ]{3}/);
        expect((await storedEvents(session.id)).map((e) => e.id)).toEqual([before.id, after.id]);
      },
    );

    it('should refuse a whole batch nested 5,000 deep before any event is read, and store nothing', async () => {
      const session = await createSession();
      const rawBody = `{"events":[${'{"n":'.repeat(5000)}{}${'}'.repeat(5000)}]}`;
      const response = await t.api('POST', `/api/v1/sessions/${session.id}/events`, { rawBody });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'JSON_TOO_DEEP' });
      expect(await storedEvents(session.id)).toEqual([]);
    });

    it('should accept every event type the headset sends, as it sends them', async () => {
      const session = await createSession();
      const events: EventBody[] = [
        anEvent({ seq: 0, type: 'session.started', payload: { scenarioId, versionId } }),
        anEvent({
          seq: 1,
          type: 'line.shown',
          payload: { lineId: 'accueil-1', speaker: 'lea', text: 'Salut !' },
        }),
        anEvent({ seq: 2, type: 'line.shown', payload: { lineId: 'accueil-2', text: 'Sans orateur.' } }),
        anEvent({
          seq: 3,
          type: 'choice.offered',
          payload: { step: 0, path: 'accueil', choices: [{ index: 0, text: 'Oui' }] },
        }),
        anEvent({
          seq: 4,
          type: 'utterance.heard',
          payload: { step: 0, transcript: 'euh', choiceIndex: null, confidence: 0, via: 'matcher' },
        }),
        anEvent({
          seq: 5,
          type: 'choice.made',
          payload: { step: 0, choiceIndex: 0, choiceText: 'Oui', method: 'voice', confidence: 0.8 },
        }),
        anEvent({ seq: 6, type: 'session.ended', payload: { clientScores: { rigueur: 2, securite: -1 } } }),
      ];
      const response = await sendEvents(session.id, events);
      expect(response.body.results.map((r) => r.status)).toEqual(Array(events.length).fill('stored'));
    });

    it('should refuse the whole request only when the envelope is wrong or the session unknown', async () => {
      const session = await createSession();
      const notAList = await t.api('POST', `/api/v1/sessions/${session.id}/events`, { body: { events: {} } });
      expect(notAList.status).toBe(400);
      expect(notAList.body.code).toBe('VALIDATION_FAILED');
      const unknown = await sendEvents(randomUUID(), [anEvent()]);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('SESSION_NOT_FOUND');
    });

    it('should store one copy and refuse the other when a batch holds one id twice with different contents', async () => {
      const session = await createSession();
      const event = anEvent();
      const response = await sendEvents(session.id, [event, event, { ...event, seq: 9 }]);
      expect(response.body.results).toEqual([
        { id: event.id, status: 'stored' },
        { id: event.id, status: 'duplicate' },
        expect.objectContaining({ id: event.id, status: 'rejected', code: 'EVENT_DUPLICATE_IN_BATCH' }),
      ]);
      expect(await storedEvents(session.id)).toHaveLength(1);
    });

    it('should refuse events past the per-session ceiling and an event whose seq is taken', async () => {
      const session = await createSession();
      const last = anEvent({ seq: 4999 });
      const beyond = anEvent({ seq: 5000 });
      const sameSeq = anEvent({ seq: 4999 });
      const response = await sendEvents(session.id, [last, beyond, sameSeq]);
      expect(response.body.results).toEqual([
        { id: last.id, status: 'stored' },
        expect.objectContaining({ id: beyond.id, status: 'rejected', code: 'SESSION_EVENT_LIMIT' }),
        expect.objectContaining({ id: sameSeq.id, status: 'rejected', code: 'EVENT_SEQ_TAKEN' }),
      ]);
      expect((await storedEvents(session.id)).map((e) => e.id)).toEqual([last.id]);
    });
  });

  describe('arrival order and late events', () => {
    it('should keep the first choice received for a step, whatever its seq says', async () => {
      const session = await createSession();
      const [first, second, third] = choiceEvents([1, 1, 1]);
      await sendEvents(session.id, [first!, second!]);
      // A later event for step 0 with a lower seq and another answer: it does not replace the first.
      const rewrite = anEvent({
        seq: 0,
        type: 'choice.made',
        payload: { step: 0, choiceIndex: 0, choiceText: 'choix 0', method: 'pointer' },
      });
      await sendEvents(session.id, [rewrite, third!]);
      const response = await complete(session.id);
      expect(response.status).toBe(200);
      expect(response.body.scores).toEqual(expectedScores([1, 1, 1]));
      expect(expectedScores([0, 1, 1])).not.toEqual(expectedScores([1, 1, 1]));
    });

    it('should score the path when its steps arrive out of order, and wait for a late one', async () => {
      const session = await createSession();
      const [a, b, c] = choiceEvents([2, 0, 1]);
      await sendEvents(session.id, [c!, a!]);
      const early = await complete(session.id);
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('CHOICE_PATH_INCOMPLETE');
      await sendEvents(session.id, [b!]);
      const response = await complete(session.id);
      expect(response.status).toBe(200);
      expect(response.body.scores).toEqual(expectedScores([2, 0, 1]));
    });
  });

  describe('a completed visit is final', () => {
    it('should keep its scores when a choice for step 0 with a lower seq is posted after completion', async () => {
      const session = await createSession();
      const events = [
        anEvent({ seq: 0, type: 'session.started', payload: { scenarioId, versionId } }),
        ...choiceEvents([1, 1, 1]),
      ];
      await sendEvents(session.id, events);
      const first = await complete(session.id);
      expect(first.status).toBe(200);
      const frozen = await storedScores(session.id);
      expect(frozen).toEqual(expectedScores([1, 1, 1]));

      // The attack of issue 9: no credential needed, a lower seq, then /complete again.
      const attack = anEvent({
        seq: 0,
        type: 'choice.made',
        payload: { step: 0, choiceIndex: 0, choiceText: 'choix 0', method: 'pointer' },
      });
      const refused = await sendEvents(session.id, [attack]);
      expect(refused.status).toBe(200);
      expect(refused.body.results).toEqual([
        expect.objectContaining({ id: attack.id, status: 'rejected', code: 'SESSION_COMPLETED' }),
      ]);
      const again = await complete(session.id);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
      expect(await storedScores(session.id)).toEqual(frozen);
      expect((await storedEvents(session.id)).map((e) => e.id)).toEqual(events.map((e) => e.id));

      // The outbox re-sending what it already delivered still drains.
      const resent = await sendEvents(session.id, events);
      expect(resent.body.results.map((r) => r.status)).toEqual(Array(events.length).fill('duplicate'));
    });

    it('should return the stored result without replaying when completed again', async () => {
      const session = await createSession();
      await sendEvents(session.id, choiceEvents([0, 0, 0]));
      const first = await complete(session.id);
      // Were it replayed, a stored path that no longer replays would now answer 422.
      await t.dataSource.query(
        `UPDATE events SET payload = jsonb_set(payload, '{choiceIndex}', '9') WHERE session_id = $1`,
        [session.id],
      );
      const again = await complete(session.id);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
    });

    it('should store one result when the visit is completed by concurrent requests', async () => {
      const session = await createSession();
      await sendEvents(session.id, choiceEvents([2, 0, 1]));
      const responses = await Promise.all([1, 2, 3, 4].map(() => complete(session.id)));
      for (const response of responses) {
        expect(response.status).toBe(200);
        expect(response.body.scores).toEqual(expectedScores([2, 0, 1]));
      }
      const rows = (await t.dataSource.query(
        'SELECT count(*)::int AS n FROM competency_scores WHERE session_id = $1',
        [session.id],
      )) as { n: number }[];
      expect(rows[0]!.n).toBe(COMPETENCIES.length);
    });
  });

  // Last: it spends this address's session budget.
  describe('session creation rate limit', () => {
    const pairDevice = async (adminToken: string, label: string) => {
      const code = await t.api('POST', '/api/v1/devices/pairing-codes', {
        body: { label, siteId: await siteIdOf(t, GAP) },
        token: adminToken,
      });
      const paired = await t.api('POST', '/api/v1/devices/pair', { body: { code: code.body.code } });
      expect(paired.status).toBe(201);
      return { authorization: `Device ${(paired.body as { token: string }).token}` };
    };
    const open = (headers: Record<string, string> = {}) =>
      t.api('POST', '/api/v1/sessions', { body: aSession({ scenarioId, versionId }), headers });

    it('should limit session creation per paired headset, and per address without a headset', async () => {
      const adminToken = await t.login();
      const first = await pairDevice(adminToken, 'Casque A');
      const second = await pairDevice(adminToken, 'Casque B');
      const started = Date.now();
      const statuses: number[] = [];
      for (let i = 0; i < 130; i++) statuses.push((await open(first)).status);
      // 120 at once, then one every 5 s.
      const allowed = 120 + Math.ceil(((Date.now() - started) / 1000) * 0.2);
      expect(statuses.slice(0, 120)).toEqual(Array(120).fill(201));
      expect(statuses.filter((status) => status === 201).length).toBeLessThanOrEqual(allowed);
      expect(statuses.filter((status) => status !== 201 && status !== 429)).toEqual([]);
      const limited = await open(first);
      expect(limited.body.code).toBe('RATE_LIMITED');

      // Another headset on the same address, and this address without a headset, are not held back…
      expect((await open(second)).status).toBe(201);
      expect((await open()).status).toBe(201);
      // …until the address spends its own budget.
      let status = 201;
      for (let i = 0; i < 200 && status === 201; i++) status = (await open()).status;
      expect(status).toBe(429);
    });
  });
});
