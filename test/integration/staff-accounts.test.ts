import { aSession, choiceEvents } from './support/factories.js';
import { GAP, MARSEILLE, auditActions, lastAuditId, siteIdOf } from './support/staff.js';
import { startTestApp, type TestApp } from './support/test-app.js';

jest.setTimeout(180_000);

const STRONG = 'tortue-violette-escalade-1987';

describe('staff accounts', () => {
  let t: TestApp;
  let admin: string;
  let gapId: string;
  let marseilleId: string;
  let scenarioId: string;
  let versionId: string;

  const tokenOf = (url: string) => url.split('/').at(-1)!;
  const createStaff = (body: Record<string, unknown>) =>
    t.api('POST', '/api/v1/staff', { token: admin, body });
  /** A completed visit at a site; returns its follow-up code. */
  const visitAt = async (siteId: string) => {
    const session = aSession({ scenarioId, versionId });
    await t.api('POST', '/api/v1/sessions', { body: session });
    await t.api('POST', `/api/v1/sessions/${session.id}/events`, {
      body: { events: choiceEvents([0, 0, 0]) },
    });
    await t.api('POST', `/api/v1/sessions/${session.id}/complete`);
    await t.dataSource.query(`UPDATE visitor_sessions SET site_id = $2 WHERE id = $1`, [session.id, siteId]);
    return session.followUpCode;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login();
    gapId = await siteIdOf(t, GAP);
    marseilleId = await siteIdOf(t, MARSEILLE);
    ({ id: scenarioId, versionId } = (await t.api('GET', '/api/v1/catalog')).body.scenarios[0]);
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('a counsellor for Gap, from invitation to revocation', () => {
    let counsellorId: string;
    let link: string;
    let counsellor: string;

    it('should create the account with a one-time invitation link when an admin adds a counsellor', async () => {
      const since = await lastAuditId(t);
      const response = await createStaff({
        email: 'Camille.Durand@CDM.fr',
        displayName: 'Camille Durand',
        role: 'counsellor',
        siteIds: [gapId],
      });
      expect(response.status).toBe(201);
      expect(response.body.user).toMatchObject({
        email: 'camille.durand@cdm.fr',
        displayName: 'Camille Durand',
        role: 'counsellor',
        sites: [{ id: gapId, name: GAP }],
        active: true,
        lastSignInAt: null,
        invitationPending: true,
      });
      expect(response.body.invitation).toEqual({
        url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/admin\/#\/invitation\/[\w-]{43}$/),
        expiresAt: expect.any(String),
        emailed: false,
      });
      const days = (Date.parse(response.body.invitation.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(6.9);
      expect(days).toBeLessThanOrEqual(7);
      counsellorId = response.body.user.id;
      link = response.body.invitation.url;
      const stored = JSON.stringify(await t.dataSource.query(`SELECT * FROM staff_invitations`));
      expect(stored).not.toContain(tokenOf(link));
      expect((await auditActions(t, since)).map((a) => a.action)).toEqual(['staff.created']);
    });

    it('should answer 409 STAFF_EMAIL_TAKEN when the e-mail already has an account', async () => {
      const response = await createStaff({
        email: 'camille.durand@cdm.fr',
        displayName: 'Autre',
        role: 'editor',
        siteIds: [],
      });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('STAFF_EMAIL_TAKEN');
    });

    it('should refuse a short or guessable password in French, then set a strong one once', async () => {
      const token = tokenOf(link);
      const described = await t.api('GET', `/api/v1/auth/invitations/${token}`);
      expect(described.body).toEqual({
        email: 'camille.durand@cdm.fr',
        displayName: 'Camille Durand',
        kind: 'invitation',
      });
      const short = await t.api('POST', `/api/v1/auth/invitations/${token}`, { body: { password: 'court' } });
      expect(short.status).toBe(400);
      expect(short.body.code).toBe('PASSWORD_TOO_SHORT');
      const weak = await t.api('POST', `/api/v1/auth/invitations/${token}`, {
        body: { password: 'camilledurand' },
      });
      expect(weak.status).toBe(400);
      expect(weak.body.code).toBe('PASSWORD_TOO_WEAK');
      expect(weak.body.message).toMatch(/^Ce mot de passe est trop facile à deviner\./);
      const set = await t.api('POST', `/api/v1/auth/invitations/${token}`, { body: { password: STRONG } });
      expect(set.status).toBe(204);
      const again = await t.api('POST', `/api/v1/auth/invitations/${token}`, { body: { password: STRONG } });
      expect(again.status).toBe(404);
      expect(again.body.code).toBe('INVITATION_INVALID');
      expect((await t.api('GET', `/api/v1/auth/invitations/${token}`)).body.code).toBe('INVITATION_INVALID');
    });

    it('should show a Gap visit and answer a Marseille visit exactly like an unknown code', async () => {
      counsellor = await t.login('camille.durand@cdm.fr', STRONG);
      const gapCode = await visitAt(gapId);
      const marseilleCode = await visitAt(marseilleId);
      const since = await lastAuditId(t);
      const shown = await t.api('GET', `/api/v1/profiles/${gapCode}`, { token: counsellor });
      expect(shown.status).toBe(200);
      const hidden = await t.api('GET', `/api/v1/profiles/${marseilleCode}`, { token: counsellor });
      const unknown = await t.api('GET', '/api/v1/profiles/ABCDE-FGHJK', { token: counsellor });
      expect(hidden.status).toBe(404);
      expect(hidden.body).toEqual(unknown.body);
      // Admins see every site.
      expect((await t.api('GET', `/api/v1/profiles/${marseilleCode}`, { token: admin })).status).toBe(200);

      const entries = await auditActions(t, since);
      expect(entries.map((e) => e.action)).toEqual([
        'profile.viewed',
        'profile.not_found',
        'profile.not_found',
        'profile.viewed',
      ]);
      const [sessionRow] = (await t.dataSource.query(
        `SELECT id FROM staff_sessions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`,
        [counsellorId],
      )) as { id: string }[];
      expect(entries[0]!.details).toEqual({ staffSessionId: sessionRow!.id });
      const logged = JSON.stringify(await t.dataSource.query(`SELECT * FROM audit_log`));
      for (const code of [gapCode, marseilleCode]) {
        expect(logged).not.toContain(code);
        expect(logged).not.toContain(code.replace('-', ''));
      }
    });

    it('should list only the counsellor’s own sites for them', async () => {
      const sites = await t.api('GET', '/api/v1/sites', { token: counsellor });
      expect(sites.body.map((s: { name: string }) => s.name)).toEqual([GAP]);
    });

    it('should refuse the counsellor’s next request when the site list changes, then when deactivated', async () => {
      const moved = await t.api('PATCH', `/api/v1/staff/${counsellorId}`, {
        token: admin,
        body: { siteIds: [gapId, marseilleId] },
      });
      expect(moved.status).toBe(200);
      expect(moved.body.sites.map((s: { name: string }) => s.name)).toEqual([GAP, MARSEILLE]);
      expect((await t.api('GET', '/api/v1/auth/me', { token: counsellor })).status).toBe(401);

      counsellor = await t.login('camille.durand@cdm.fr', STRONG);
      const off = await t.api('PATCH', `/api/v1/staff/${counsellorId}`, {
        token: admin,
        body: { active: false },
      });
      expect(off.body.active).toBe(false);
      const next = await t.api('GET', '/api/v1/auth/me', { token: counsellor });
      expect(next.status).toBe(401);
      expect(next.body.code).toBe('SESSION_EXPIRED');
      const login = await t.api('POST', '/api/v1/auth/login', {
        body: { email: 'camille.durand@cdm.fr', password: STRONG },
      });
      expect(login.body.code).toBe('INVALID_CREDENTIALS');

      await t.api('PATCH', `/api/v1/staff/${counsellorId}`, { token: admin, body: { active: true } });
      counsellor = await t.login('camille.durand@cdm.fr', STRONG);
      const listed = (await t.api('GET', '/api/v1/staff', { token: admin })).body.find(
        (s: { id: string }) => s.id === counsellorId,
      );
      expect(Date.now() - Date.parse(listed.lastSignInAt)).toBeLessThan(60_000);
      expect(listed.invitationPending).toBe(false);
    });

    it('should void the old password, links and sessions when an admin resets the password', async () => {
      const since = await lastAuditId(t);
      const reset = await t.api('POST', `/api/v1/staff/${counsellorId}/reset`, { token: admin });
      expect(reset.status).toBe(200);
      expect((await t.api('GET', '/api/v1/auth/me', { token: counsellor })).status).toBe(401);
      const oldPassword = await t.api('POST', '/api/v1/auth/login', {
        body: { email: 'camille.durand@cdm.fr', password: STRONG },
      });
      expect(oldPassword.status).toBe(401);
      const second = await t.api('POST', `/api/v1/staff/${counsellorId}/reset`, { token: admin });
      expect(
        (await t.api('GET', `/api/v1/auth/invitations/${tokenOf(reset.body.invitation.url)}`)).status,
      ).toBe(404);
      const token = tokenOf(second.body.invitation.url);
      expect((await t.api('GET', `/api/v1/auth/invitations/${token}`)).body.kind).toBe('reset');
      await t.api('POST', `/api/v1/auth/invitations/${token}`, { body: { password: `${STRONG}-bis` } });
      await expect(t.login('camille.durand@cdm.fr', `${STRONG}-bis`)).resolves.toBeDefined();
      expect((await auditActions(t, since)).map((a) => a.action)).toEqual([
        'staff.reset',
        'auth.login_failed',
        'staff.reset',
        'staff.password_set',
        'auth.login',
      ]);
    });
  });

  it('should create an editor without sites but refuse a counsellor without one', async () => {
    const editor = await createStaff({
      email: 'redac@cdm.fr',
      displayName: 'Rédac',
      role: 'editor',
      siteIds: [],
    });
    expect(editor.status).toBe(201);
    const lost = await createStaff({
      email: 'perdu@cdm.fr',
      displayName: 'Perdu',
      role: 'counsellor',
      siteIds: [],
    });
    expect(lost.status).toBe(400);
    expect(lost.body.code).toBe('VALIDATION_FAILED');
  });

  it('should refuse to demote or deactivate the last active admin with 409 LAST_ADMIN', async () => {
    const me = (await t.api('GET', '/api/v1/auth/me', { token: admin })).body.user;
    for (const body of [{ role: 'editor' }, { active: false }]) {
      const response = await t.api('PATCH', `/api/v1/staff/${me.id}`, { token: admin, body });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('LAST_ADMIN');
    }
    expect((await t.api('GET', '/api/v1/auth/me', { token: admin })).status).toBe(200);
  });

  it('should refuse the admin routes to a counsellor with 403', async () => {
    const counsellor = await t.login('camille.durand@cdm.fr', `${STRONG}-bis`);
    const response = await t.api('GET', '/api/v1/staff', { token: counsellor });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('FORBIDDEN_ROLE');
  });
});
