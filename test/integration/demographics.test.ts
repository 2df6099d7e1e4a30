import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../server/src/modules/auth/password.js';
import { DemographicsController } from '../../server/src/modules/demographics/demographics.controller.js';
import { aSession } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Each file boots the whole app on its own database: slow on a shared 2-core machine.
jest.setTimeout(60_000);

interface StoredRow {
  gender: string | null;
  age_band: string | null;
  situation: string | null;
  education: string | null;
  satisfaction: number | null;
}

const FULL_ANSWERS = {
  gender: 'femme',
  ageBand: '18-29',
  situation: 'demandeur-emploi-longue-duree',
  education: 'isced-3-4',
  satisfaction: 4,
};

describe(DemographicsController.name, () => {
  let t: TestApp;
  let scenarioId: string;
  let versionId: string;

  const newSession = async () => {
    const session = aSession({ scenarioId, versionId });
    const response = await t.api('POST', '/api/v1/sessions', { body: session });
    expect(response.status).toBe(201);
    return session.id;
  };
  const answer = (sessionId: string, body: unknown, headers: Record<string, string> = {}) =>
    t.api('POST', `/api/v1/sessions/${sessionId}/demographics`, { body, headers });
  const storedRows = async (sessionId: string) =>
    (await t.dataSource.query(
      `SELECT gender, age_band, situation, education, satisfaction FROM demographics WHERE session_id = $1`,
      [sessionId],
    )) as StoredRow[];

  beforeAll(async () => {
    t = await startTestApp();
    const catalog = await t.api('GET', '/api/v1/catalog');
    ({ id: scenarioId, versionId } = catalog.body.scenarios[0]);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should store every answer and return them when the visitor answers all questions', async () => {
    const sessionId = await newSession();
    const response = await answer(sessionId, FULL_ANSWERS);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ sessionId, ...FULL_ANSWERS });
    expect(await storedRows(sessionId)).toEqual([
      {
        gender: 'femme',
        age_band: '18-29',
        situation: 'demandeur-emploi-longue-duree',
        education: 'isced-3-4',
        satisfaction: 4,
      },
    ]);
  });

  it('should replace the previous answers and keep one row when the visitor answers again', async () => {
    const sessionId = await newSession();
    expect((await answer(sessionId, FULL_ANSWERS)).status).toBe(200);
    const again = await answer(sessionId, { gender: 'non-renseigne', satisfaction: 5 });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({
      sessionId,
      gender: 'non-renseigne',
      ageBand: null,
      situation: null,
      education: null,
      satisfaction: 5,
    });
    expect(await storedRows(sessionId)).toEqual([
      { gender: 'non renseigné', age_band: null, situation: null, education: null, satisfaction: 5 },
    ]);
    expect((await answer(sessionId, { gender: 'non-renseigne', satisfaction: 5 })).status).toBe(200);
    expect(await storedRows(sessionId)).toHaveLength(1);
  });

  it('should store two rows when two different sessions answer the same thing', async () => {
    const first = await newSession();
    const second = await newSession();
    await Promise.all([answer(first, FULL_ANSWERS), answer(second, FULL_ANSWERS)]);
    expect(await storedRows(first)).toHaveLength(1);
    expect(await storedRows(second)).toHaveLength(1);
  });

  it('should record a row of skipped answers when the visitor skips every question', async () => {
    const skippedAll = { gender: null, ageBand: null, situation: null, education: null, satisfaction: null };
    for (const body of [{}, skippedAll, undefined]) {
      const sessionId = await newSession();
      const response = await answer(sessionId, body);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ sessionId, ...skippedAll });
      expect(await storedRows(sessionId)).toEqual([
        { gender: null, age_band: null, situation: null, education: null, satisfaction: null },
      ]);
    }
  });

  it.each([
    ['gender', ['femme', 'homme', 'non-binaire', 'non-renseigne']],
    ['ageBand', ['<18', '18-29', '30-54', '55+']],
    [
      'situation',
      [
        'demandeur-emploi',
        'demandeur-emploi-longue-duree',
        'inactif',
        'en-emploi',
        'en-formation',
        'non-renseigne',
      ],
    ],
    ['education', ['isced-0-2', 'isced-3-4', 'isced-5-8', 'non-renseigne']],
    ['satisfaction', [1, 2, 3, 4, 5]],
  ])('should accept every documented value of %s when answering', async (field, values) => {
    const sessionId = await newSession();
    for (const value of values) {
      const response = await answer(sessionId, { [field]: value });
      expect(response.status).toBe(200);
      expect(response.body[field]).toBe(value);
    }
  });

  it.each([
    ['an unknown field is sent', { ...FULL_ANSWERS, nom: 'Dupont' }, 'champ(s) inconnu(s) : nom'],
    ['a birth date is sent', { dateNaissance: '1990-01-01' }, 'champ(s) inconnu(s) : dateNaissance'],
    ['the gender is not in the list', { gender: 'autre' }, 'gender (une de ces valeurs est attendue : '],
    [
      'the age band is not one of the four',
      { ageBand: '18-25' },
      'ageBand (une de ces valeurs est attendue : ',
    ],
    ['the age is a number', { ageBand: 27 }, 'ageBand (une de ces valeurs est attendue : '],
    [
      'the situation is not an ESF+ category',
      { situation: 'chomeur' },
      'situation (une de ces valeurs est attendue : ',
    ],
    [
      'the education is not an ISCED group',
      { education: 'bac' },
      'education (une de ces valeurs est attendue : ',
    ],
    ['the satisfaction is 0', { satisfaction: 0 }, 'satisfaction (un entier de 1 à 5 est attendu)'],
    ['the satisfaction is 6', { satisfaction: 6 }, 'satisfaction (un entier de 1 à 5 est attendu)'],
    [
      'the satisfaction is not an integer',
      { satisfaction: 3.5 },
      'satisfaction (un entier de 1 à 5 est attendu)',
    ],
    ['the satisfaction is text', { satisfaction: '4' }, 'satisfaction (un entier de 1 à 5 est attendu)'],
    ['the body is an array', [FULL_ANSWERS], '(corps) (un objet JSON est attendu)'],
  ])('should answer 400 with a French message and store nothing when %s', async (_case, body, fragment) => {
    const sessionId = await newSession();
    const response = await answer(sessionId, body);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.message).toMatch(/^La requête contient des données invalides : /);
    expect(response.body.message).toContain(fragment);
    expect(await storedRows(sessionId)).toEqual([]);
  });

  it('should keep the previous answers when a later answer is invalid', async () => {
    const sessionId = await newSession();
    await answer(sessionId, FULL_ANSWERS);
    expect((await answer(sessionId, { satisfaction: 9 })).status).toBe(400);
    expect((await storedRows(sessionId))[0]?.satisfaction).toBe(4);
  });

  it('should answer 400 MALFORMED_JSON when the body is not JSON', async () => {
    const sessionId = await newSession();
    const response = await t.api('POST', `/api/v1/sessions/${sessionId}/demographics`, {
      rawBody: '{"gender": "femme"',
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('MALFORMED_JSON');
  });

  it('should answer 404 SESSION_NOT_FOUND and store nothing when the session does not exist', async () => {
    for (const id of [randomUUID(), 'pas-un-uuid']) {
      const response = await answer(id, FULL_ANSWERS);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('SESSION_NOT_FOUND');
      expect(response.body.message).toMatch(/session/);
    }
    const count = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM demographics d LEFT JOIN visitor_sessions s ON s.id = d.session_id WHERE s.id IS NULL`,
    )) as { n: number }[];
    expect(count[0]!.n).toBe(0);
  });

  describe('from a paired headset', () => {
    let deviceId: string;
    let deviceToken: string;

    beforeAll(async () => {
      const adminToken = await t.login();
      const [{ id: siteId }] = (await t.dataSource.query(`SELECT id FROM sites LIMIT 1`)) as { id: string }[];
      const code = await t.api('POST', '/api/v1/devices/pairing-codes', {
        body: { label: 'Casque du questionnaire', siteId },
        token: adminToken,
      });
      const paired = await t.api('POST', '/api/v1/devices/pair', { body: { code: code.body.code } });
      ({ deviceId, token: deviceToken } = paired.body);
    });

    it('should accept the answers and mark the headset as seen when it sends its device token', async () => {
      const sessionId = await newSession();
      const response = await answer(sessionId, FULL_ANSWERS, { authorization: `Device ${deviceToken}` });
      expect(response.status).toBe(200);
      const [device] = (await t.dataSource.query(`SELECT last_seen_at FROM devices WHERE id = $1`, [
        deviceId,
      ])) as { last_seen_at: Date | null }[];
      expect(device!.last_seen_at).not.toBeNull();
    });

    it('should answer 401 DEVICE_TOKEN_INVALID and store nothing when the headset was revoked', async () => {
      const adminToken = await t.login();
      expect((await t.api('DELETE', `/api/v1/devices/${deviceId}`, { token: adminToken })).status).toBe(204);
      const sessionId = await newSession();
      const response = await answer(sessionId, FULL_ANSWERS, { authorization: `Device ${deviceToken}` });
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('DEVICE_TOKEN_INVALID');
      expect(await storedRows(sessionId)).toEqual([]);
    });
  });

  it('should offer staff no route to read the answers back when an editor or an admin asks', async () => {
    const sessionId = await newSession();
    await answer(sessionId, FULL_ANSWERS);
    await t.dataSource.query(
      `INSERT INTO staff_users (email, password_hash, role) VALUES ($1, $2, 'editor')`,
      ['redacteur@test.eclore', await hashPassword('redac-secret-12')],
    );
    for (const token of [await t.login('redacteur@test.eclore', 'redac-secret-12'), await t.login()]) {
      const response = await t.api('GET', `/api/v1/sessions/${sessionId}/demographics`, { token });
      expect(response.status).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain('demandeur-emploi');
    }
  });
});
