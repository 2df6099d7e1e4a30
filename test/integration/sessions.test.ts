import { randomUUID } from 'node:crypto';
import { replay } from '../../engine/src/index.js';
import {
  aSession,
  anEvent,
  choiceEvents,
  shuffled,
  type EventBody,
  type SessionBody,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface IngestBody {
  results: { id: string | null; status: 'stored' | 'duplicate' | 'rejected'; code?: string }[];
  code?: string;
}

/** Ids the server acknowledged (stored now or before), sorted. */
const acknowledged = (body: IngestBody) =>
  body.results
    .filter((r) => r.status !== 'rejected')
    .map((r) => r.id)
    .sort();

// Each file boots the whole app on its own database: slow on a shared 2-core machine.
jest.setTimeout(60_000);

const COMPETENCIES = ['rigueur', 'travail_equipe', 'securite'];

describe('sessions API', () => {
  let t: TestApp;
  let scenarioId: string;
  let versionId: string;
  let story: object;

  const createSession = async (overrides: Partial<SessionBody> = {}) => {
    const body = aSession({ scenarioId, versionId, ...overrides });
    const response = await t.api('POST', '/api/v1/sessions', { body });
    return { body, response };
  };
  const sendEvents = (sessionId: string, events: readonly unknown[]) =>
    t.api<IngestBody>('POST', `/api/v1/sessions/${sessionId}/events`, {
      body: { events },
    });
  const storedEventIds = async (sessionId: string) =>
    (
      (await t.dataSource.query('SELECT id FROM events WHERE session_id = $1', [sessionId])) as {
        id: string;
      }[]
    )
      .map((r) => r.id)
      .sort();

  beforeAll(async () => {
    t = await startTestApp();
    const catalog = await t.api('GET', '/api/v1/catalog');
    scenarioId = catalog.body.scenarios[0].id;
    versionId = catalog.body.scenarios[0].versionId;
    story = (await t.api('GET', `/api/v1/scenarios/${scenarioId}/versions/${versionId}`)).body.story;
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('GET /api/v1/catalog', () => {
    it('should list the seeded scenario with its header tags and published version when asked', async () => {
      const response = await t.api('GET', '/api/v1/catalog');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        scenarios: [
          {
            id: 'mini-eolien',
            title: 'Une matinée au parc éolien',
            sector: 'energies-renouvelables',
            job: 'Technicien·ne de maintenance éolienne',
            durationMinutes: 5,
            versionId: expect.stringMatching(/^[0-9a-f]{64}$/),
            resume: 'Entretient et dépanne les éoliennes, souvent en hauteur et en binôme.',
          },
        ],
      });
    });
  });

  describe('GET /api/v1/scenarios/:id/versions/:versionId', () => {
    it('should send the compiled story, job facts and referential with an immutable ETag when the version exists', async () => {
      const response = await t.api('GET', `/api/v1/scenarios/${scenarioId}/versions/${versionId}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('etag')).toBe(`"${versionId}"`);
      expect(response.headers.get('cache-control')).toContain('immutable');
      expect(response.body).toMatchObject({
        id: scenarioId,
        versionId,
        meta: { id: scenarioId, durationMinutes: 5 },
      });
      expect(response.body.story.inkVersion).toEqual(expect.any(Number));
      expect(response.body.metier.metier.rome).toBe('I1102');
      expect(response.body.referentiel.competences.map((c: { id: string }) => c.id)).toEqual(COMPETENCIES);
    });

    it('should answer 304 without a body when the client already holds the version', async () => {
      const response = await t.api('GET', `/api/v1/scenarios/${scenarioId}/versions/${versionId}`, {
        headers: { 'if-none-match': `"${versionId}"` },
      });
      expect(response.status).toBe(304);
    });

    it('should answer 404 with a code when the scenario or the version is unknown', async () => {
      const unknownVersion = await t.api('GET', `/api/v1/scenarios/${scenarioId}/versions/${'0'.repeat(64)}`);
      expect(unknownVersion.status).toBe(404);
      expect(unknownVersion.body.code).toBe('VERSION_NOT_FOUND');
      const unknownScenario = await t.api('GET', `/api/v1/scenarios/inconnu/versions/${versionId}`);
      expect(unknownScenario.status).toBe(404);
      expect(unknownScenario.body.code).toBe('SCENARIO_NOT_FOUND');
    });
  });

  describe('POST /api/v1/sessions', () => {
    it('should answer 201 the first time and 200 when the same session is sent again', async () => {
      const { body, response } = await createSession();
      expect(response.status).toBe(201);
      expect(response.body).toEqual({ id: body.id });
      const again = await t.api('POST', '/api/v1/sessions', { body });
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ id: body.id });
      const rows = (await t.dataSource.query(
        'SELECT follow_up_code_hash FROM visitor_sessions WHERE id = $1',
        [body.id],
      )) as { follow_up_code_hash: string }[];
      expect(rows).toHaveLength(1);
      expect(rows[0]!.follow_up_code_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[0]!.follow_up_code_hash).not.toContain(body.followUpCode.replace('-', '').toLowerCase());
    });

    it('should answer 409 when the same session id comes back with another follow-up code', async () => {
      const { body } = await createSession();
      const response = await t.api('POST', '/api/v1/sessions', {
        body: { ...body, followUpCode: aSession({ scenarioId, versionId }).followUpCode },
      });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('SESSION_CONFLICT');
    });

    it('should answer 409 when another session already uses the follow-up code', async () => {
      const { body } = await createSession();
      const response = await t.api('POST', '/api/v1/sessions', { body: { ...body, id: randomUUID() } });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('FOLLOW_UP_CODE_TAKEN');
    });

    it('should answer 404 when the version is not one of the scenario', async () => {
      const { response } = await createSession({ versionId: 'a'.repeat(64) });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('VERSION_NOT_FOUND');
    });
  });

  describe('POST /api/v1/sessions/:id/events', () => {
    it('should store each event once and acknowledge all of them when batches are re-sent shuffled and overlapping', async () => {
      const { body: session } = await createSession();
      const events: EventBody[] = [
        anEvent({ seq: 0, type: 'session.started', payload: { scenarioId, versionId } }),
      ];
      for (let seq = 1; seq < 40; seq++) events.push(anEvent({ seq }));

      const first = await sendEvents(session.id, events.slice(0, 25));
      expect(first.status).toBe(200);
      expect(first.body.results.map((r) => r.status)).toEqual(Array(25).fill('stored'));
      expect(acknowledged(first.body)).toEqual(
        events
          .slice(0, 25)
          .map((e) => e.id)
          .sort(),
      );

      const again = await sendEvents(session.id, shuffled(events.slice(0, 25), 7));
      expect(again.body.results.map((r) => r.status)).toEqual(Array(25).fill('duplicate'));
      expect(acknowledged(again.body)).toEqual(
        events
          .slice(0, 25)
          .map((e) => e.id)
          .sort(),
      );

      const overlap = await sendEvents(session.id, shuffled(events.slice(15), 11));
      expect(acknowledged(overlap.body)).toEqual(
        events
          .slice(15)
          .map((e) => e.id)
          .sort(),
      );

      const withDuplicate = await sendEvents(session.id, [...shuffled(events, 3), events[0]]);
      expect(withDuplicate.status).toBe(200);

      expect(await storedEventIds(session.id)).toEqual(events.map((e) => e.id).sort());
    });

    it('should store every event exactly once when the same batch is sent concurrently', async () => {
      const { body: session } = await createSession();
      const events = Array.from({ length: 200 }, (_, seq) => anEvent({ seq }));
      const responses = await Promise.all(
        [1, 2, 3, 4].map((seed) => sendEvents(session.id, shuffled(events, seed))),
      );
      for (const response of responses) expect(acknowledged(response.body)).toHaveLength(200);
      const stored = responses.flatMap((r) => r.body.results.filter((e) => e.status === 'stored'));
      expect(stored).toHaveLength(200);
      expect(await storedEventIds(session.id)).toHaveLength(200);
    });

    it('should refuse only the event whose id belongs to another session and store the others', async () => {
      const { body: first } = await createSession();
      const { body: second } = await createSession();
      const shared = anEvent();
      const own = anEvent({ seq: 1 });
      await sendEvents(first.id, [shared]);
      const response = await sendEvents(second.id, [shared, own]);
      expect(response.status).toBe(200);
      expect(response.body.results).toEqual([
        expect.objectContaining({ id: shared.id, status: 'rejected', code: 'EVENT_SESSION_MISMATCH' }),
        { id: own.id, status: 'stored' },
      ]);
      expect(await storedEventIds(second.id)).toEqual([own.id]);
    });

    it('should answer 404 when the session does not exist', async () => {
      const response = await sendEvents(randomUUID(), [anEvent()]);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('SESSION_NOT_FOUND');
    });

    it('should answer 413 with a code when a batch holds more than 1000 events', async () => {
      const { body: session } = await createSession();
      const response = await sendEvents(
        session.id,
        Array.from({ length: 1001 }, (_, seq) => anEvent({ seq })),
      );
      expect(response.status).toBe(413);
      expect(response.body.code).toBe('EVENT_BATCH_TOO_LARGE');
      expect(await storedEventIds(session.id)).toEqual([]);
    });
  });

  describe('POST /api/v1/sessions/:id/complete', () => {
    it.each([[[0, 0, 0]], [[1, 1, 1]], [[2, 0, 1]]])(
      'should store and return the scores of the engine replay when the path %j was played',
      async (choices) => {
        const { body: session } = await createSession();
        await sendEvents(session.id, shuffled(choiceEvents(choices), 5));
        const response = await t.api('POST', `/api/v1/sessions/${session.id}/complete`, { body: {} });

        const expected = replay(story as Record<string, unknown>, choices, { competencies: COMPETENCIES });
        expect(response.status).toBe(200);
        expect(response.body.scores).toEqual(expected.scores);
        expect(response.body.maxScores).toEqual({ rigueur: 3, securite: 2, travail_equipe: 3 });
        const stored = (await t.dataSource.query(
          'SELECT competency, score FROM competency_scores WHERE session_id = $1',
          [session.id],
        )) as {
          competency: string;
          score: number;
        }[];
        expect(Object.fromEntries(stored.map((r) => [r.competency, r.score]))).toEqual(expected.scores);
        const [row] = (await t.dataSource.query(
          'SELECT status, completed_at FROM visitor_sessions WHERE id = $1',
          [session.id],
        )) as {
          status: string;
          completed_at: Date | null;
        }[];
        expect(row!.status).toBe('completed');
        expect(row!.completed_at).toBeInstanceOf(Date);
      },
    );

    it('should ignore the scores claimed by the headset when computing them', async () => {
      const { body: session } = await createSession();
      await sendEvents(session.id, [
        ...choiceEvents([1, 1, 1]),
        anEvent({
          seq: 10,
          type: 'session.ended',
          payload: { clientScores: { rigueur: 99, securite: 99, travail_equipe: 99 } },
        }),
      ]);
      const response = await t.api('POST', `/api/v1/sessions/${session.id}/complete`);
      expect(response.body.scores).toEqual({ rigueur: 0, securite: -1, travail_equipe: 0 });
    });

    it('should answer 409 when a step of the choice path has not arrived yet', async () => {
      const { body: session } = await createSession();
      const [first, , third] = choiceEvents([0, 0, 0]);
      await sendEvents(session.id, [first, third]);
      const response = await t.api('POST', `/api/v1/sessions/${session.id}/complete`);
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('CHOICE_PATH_INCOMPLETE');
    });

    it('should answer 422 when a choice index was never offered by the story', async () => {
      const { body: session } = await createSession();
      await sendEvents(session.id, choiceEvents([0, 7]));
      const response = await t.api('POST', `/api/v1/sessions/${session.id}/complete`);
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('CHOICE_PATH_INVALID');
    });
  });

  describe('bad input', () => {
    const validEvent = () => anEvent();
    const cases: [
      string,
      () => Promise<{ status: number; body: { code?: string; message?: string } }>,
      string,
    ][] = [
      ['malformed JSON', () => t.api('POST', '/api/v1/sessions', { rawBody: '{"id": ' }), 'MALFORMED_JSON'],
      [
        'an unknown field',
        async () =>
          t.api('POST', '/api/v1/sessions', {
            body: { ...aSession({ scenarioId, versionId }), admin: true },
          }),
        'VALIDATION_FAILED',
      ],
      [
        'a wrong type',
        async () =>
          t.api('POST', '/api/v1/sessions', {
            body: { ...aSession({ scenarioId, versionId }), startedAt: 12 },
          }),
        'VALIDATION_FAILED',
      ],
      ['a missing body', () => t.api('POST', '/api/v1/sessions'), 'VALIDATION_FAILED'],
      ['an array body', () => t.api('POST', '/api/v1/sessions', { body: [] }), 'VALIDATION_FAILED'],
      [
        'an invalid follow-up code',
        async () =>
          t.api('POST', '/api/v1/sessions', {
            body: aSession({ scenarioId, versionId, followUpCode: 'UUUUU-UUUUU' }),
          }),
        'FOLLOW_UP_CODE_INVALID',
      ],
      [
        'a session id that is not a UUID',
        () => t.api('POST', '/api/v1/sessions/abc/events', { body: { events: [validEvent()] } }),
        'SESSION_NOT_FOUND',
      ],
      [
        'events that are not a list',
        async () => t.api('POST', `/api/v1/sessions/${randomUUID()}/events`, { body: { events: 'x' } }),
        'VALIDATION_FAILED',
      ],
      [
        'a body on complete',
        async () =>
          t.api('POST', `/api/v1/sessions/${randomUUID()}/complete`, { body: { scores: { rigueur: 3 } } }),
        'VALIDATION_FAILED',
      ],
      [
        'an unknown session on complete',
        async () => t.api('POST', `/api/v1/sessions/${randomUUID()}/complete`),
        'SESSION_NOT_FOUND',
      ],
      [
        'a text body',
        () =>
          t.api('POST', '/api/v1/sessions', {
            rawBody: 'bonjour',
            headers: { 'content-type': 'text/plain' },
          }),
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      [
        'a body over 5 MB',
        () => t.api('POST', '/api/v1/sessions', { rawBody: JSON.stringify({ x: 'a'.repeat(6_000_000) }) }),
        'PAYLOAD_TOO_LARGE',
      ],
      ['an unknown API route', () => t.api('GET', '/api/v1/nope'), 'ROUTE_NOT_FOUND'],
    ];

    it.each(cases)(
      'should answer a 4xx with a code and a French message, never a 500, when sent %s',
      async (_name, send, code) => {
        const response = await send();
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(response.body.code).toBe(code);
        expect(response.body.message).toMatch(/[a-zà-ÿ]/);
      },
    );
  });
});
