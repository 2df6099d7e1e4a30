import { hashPassword } from '../../server/src/modules/auth/password.js';
import { aSession, anEvent, choiceEvents } from './support/factories.js';
import { ADMIN, startTestApp, type TestApp } from './support/test-app.js';

// Each file boots the whole app on its own database: slow on a shared 2-core machine.
jest.setTimeout(60_000);

describe('auth and profiles API', () => {
  let t: TestApp;
  let scenarioId: string;
  let versionId: string;
  let siteId: string;

  const addStaff = async (email: string, password: string, role: string) => {
    await t.dataSource.query(`INSERT INTO staff_users (email, password_hash, role) VALUES ($1, $2, $3)`, [
      email,
      await hashPassword(password),
      role,
    ]);
  };
  const playSession = async (choices: number[], complete = true) => {
    const session = aSession({ scenarioId, versionId });
    await t.api('POST', '/api/v1/sessions', { body: session });
    await t.api('POST', `/api/v1/sessions/${session.id}/events`, {
      body: {
        events: [
          ...choiceEvents(choices),
          anEvent({
            seq: 20,
            type: 'utterance.heard',
            payload: {
              step: 0,
              transcript: 'je regarde mon harnais',
              choiceIndex: 0,
              confidence: 0.9,
              via: 'matcher',
            },
          }),
        ],
      },
    });
    if (complete) await t.api('POST', `/api/v1/sessions/${session.id}/complete`);
    return session;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const catalog = await t.api('GET', '/api/v1/catalog');
    ({ id: scenarioId, versionId } = catalog.body.scenarios[0]);
    await addStaff('conseillere@test.eclore', 'conseil-secret-1', 'counsellor');
    [{ id: siteId }] = await t.dataSource.query(`SELECT id FROM sites WHERE name = 'Cité des Métiers – Gap'`);
    await t.dataSource.query(
      `INSERT INTO staff_user_sites (user_id, site_id) SELECT id, $1 FROM staff_users WHERE email = 'conseillere@test.eclore'`,
      [siteId],
    );
    await addStaff('redacteur@test.eclore', 'redac-secret-12', 'editor');
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('POST /api/v1/auth/login', () => {
    it('should open a session in an HttpOnly cookie and return the user and a CSRF token when the seeded admin signs in', async () => {
      const response = await t.api('POST', '/api/v1/auth/login', {
        body: { email: ADMIN.email.toUpperCase(), password: ADMIN.password },
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        csrfToken: expect.stringMatching(/^[\w-]{43}$/),
        user: {
          id: expect.any(String),
          email: ADMIN.email,
          displayName: 'Administrateur',
          role: 'admin',
          sites: [],
        },
      });
      expect(response.headers.get('set-cookie')).toMatch(
        /^eclore_staff=[\w-]{43}; Path=\/api; Max-Age=28800; HttpOnly; Secure; SameSite=Strict$/,
      );
      expect(response.headers.get('cache-control')).toBe('no-store');
    });

    it('should answer 401 with the same message when the password is wrong or the email unknown', async () => {
      const wrong = await t.api('POST', '/api/v1/auth/login', {
        body: { email: ADMIN.email, password: 'pas-le-bon' },
      });
      const unknown = await t.api('POST', '/api/v1/auth/login', {
        body: { email: 'personne@test.eclore', password: 'pas-le-bon' },
      });
      expect(wrong.status).toBe(401);
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
      expect(unknown.body).toEqual(wrong.body);
    });
  });

  describe('GET /api/v1/profiles/:code', () => {
    it('should answer 401 when no token is sent', async () => {
      const response = await t.api('GET', '/api/v1/profiles/ABCDE-FGHJK');
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('AUTH_REQUIRED');
    });

    it('should answer 401 when the session cookie is unknown or a bearer token is sent', async () => {
      const forged = await t.api('GET', '/api/v1/profiles/ABCDE-FGHJK', {
        headers: { cookie: `eclore_staff=${'A'.repeat(43)}` },
      });
      expect(forged.status).toBe(401);
      expect(forged.body.code).toBe('SESSION_EXPIRED');
      const { sessionToken } = await t.signIn();
      const bearer = await t.api('GET', '/api/v1/profiles/ABCDE-FGHJK', {
        headers: { authorization: `Bearer ${sessionToken}` },
      });
      expect(bearer.status).toBe(401);
      expect(bearer.body.code).toBe('AUTH_REQUIRED');
    });

    it('should answer 403 when an editor asks for a profile', async () => {
      const token = await t.login('redacteur@test.eclore', 'redac-secret-12');
      const response = await t.api('GET', '/api/v1/profiles/ABCDE-FGHJK', { token });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('FORBIDDEN_ROLE');
    });

    it('should answer 404 with a French message when no session has this code', async () => {
      const token = await t.login('conseillere@test.eclore', 'conseil-secret-1');
      const response = await t.api('GET', '/api/v1/profiles/ABCDE-FGHJK', { token });
      expect(response.status).toBe(404);
      expect(response.body).toEqual({
        statusCode: 404,
        code: 'PROFILE_NOT_FOUND',
        message: 'Aucun parcours ne correspond à ce code de suivi.',
      });
    });

    it('should answer 409 when the session has not been completed yet', async () => {
      const session = await playSession([0, 0], false);
      const token = await t.login();
      const response = await t.api('GET', `/api/v1/profiles/${session.followUpCode}`, { token });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('PROFILE_NOT_READY');
    });

    it('should return the competencies with labels, maxima and evidence when a counsellor types the code loosely', async () => {
      const session = await playSession([0, 0, 0]);
      await t.dataSource.query(`UPDATE visitor_sessions SET site_id = $2 WHERE id = $1`, [
        session.id,
        siteId,
      ]);
      const token = await t.login('conseillere@test.eclore', 'conseil-secret-1');
      const typed = ` ${session.followUpCode.toLowerCase().replace('-', ' ')} `;
      const response = await t.api('GET', `/api/v1/profiles/${encodeURIComponent(typed)}`, { token });
      expect(response.status).toBe(200);
      expect(response.body.scenario).toEqual({
        id: 'mini-eolien',
        title: 'Une matinée au parc éolien',
        job: 'Technicien·ne de maintenance éolienne',
        sector: expect.any(String),
      });
      expect(Date.parse(response.body.completedAt)).not.toBeNaN();
      expect(response.body.competencies).toEqual([
        {
          id: 'rigueur',
          libelle: 'Rigueur',
          description: expect.any(String),
          score: 3,
          max: 3,
          evidence: [
            {
              step: 0,
              decision: 'accueil.choix',
              decisionTitle: null,
              choiceText: 'Je vérifie mon harnais.',
              delta: 1,
              method: 'pointer',
            },
            {
              step: 2,
              decision: 'rapport',
              decisionTitle: null,
              choiceText: 'Je note chaque mesure.',
              delta: 2,
              method: 'pointer',
            },
          ],
        },
        {
          id: 'travail_equipe',
          libelle: 'Travail en équipe',
          description: expect.any(String),
          score: 2,
          max: 3,
          evidence: [
            {
              step: 1,
              decision: 'nacelle',
              decisionTitle: null,
              choiceText: 'J’appelle le chef d’équipe.',
              delta: 2,
              method: 'pointer',
            },
          ],
        },
        {
          id: 'securite',
          libelle: 'Sens de la sécurité',
          description: expect.any(String),
          score: 2,
          max: 2,
          evidence: [
            {
              step: 0,
              decision: 'accueil.choix',
              decisionTitle: null,
              choiceText: 'Je vérifie mon harnais.',
              delta: 2,
              method: 'pointer',
            },
          ],
        },
      ]);
    });

    it('should record who viewed which profile in the audit log', async () => {
      const session = await playSession([1, 1, 1]);
      const token = await t.login();
      await t.api('GET', `/api/v1/profiles/${session.followUpCode}`, { token });
      const rows = (await t.dataSource.query(`SELECT action FROM audit_log WHERE target_id = $1`, [
        session.id,
      ])) as { action: string }[];
      expect(rows.map((r) => r.action)).toEqual(['profile.viewed']);
    });
  });

  describe('rate limits', () => {
    it('should answer 429 when one client keeps trying to log in (burst of 20)', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 25; i++) {
        statuses.push(
          (
            await t.api('POST', '/api/v1/auth/login', {
              body: { email: 'x@test.eclore', password: 'mauvais' },
            })
          ).status,
        );
      }
      expect(statuses).toContain(429);
      const last = await t.api('POST', '/api/v1/auth/login', {
        body: { email: ADMIN.email, password: ADMIN.password },
      });
      expect(last.body.code).toBe('RATE_LIMITED');
    });
  });
});
