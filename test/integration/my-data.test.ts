import { createHash } from 'node:crypto';
import { normalizeFollowUpCode } from '../../engine/src/follow-up-code.js';
import { MyDataController } from '../../server/src/modules/my-data/my-data.controller.js';
import { aSession, anEvent, choiceEvents, type SessionBody } from './support/factories.js';
import { GAP, addStaff, lastAuditId, siteIdOf } from './support/staff.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// « Mes données »: a visitor sees and erases their visit with its follow-up code; a counsellor erases on request.
jest.setTimeout(120_000);

const TRANSCRIPT = 'je vérifie mon harnais avant de monter';
const TOULON = 'Cité des Métiers – Toulon';

describe(MyDataController.name, () => {
  let t: TestApp;
  let scenarioId: string;
  let versionId: string;
  let nextIp = 1;
  /** A client address of its own, so that each test starts with a full rate-limit bucket. */
  const freshIp = () => ({ 'x-forwarded-for': `203.0.113.${nextIp++}` });

  const play = async (options: { complete?: boolean; site?: string; answers?: object } = {}) => {
    const session = aSession({ scenarioId, versionId });
    expect((await t.api('POST', '/api/v1/sessions', { body: session })).status).toBe(201);
    const events = await t.api('POST', `/api/v1/sessions/${session.id}/events`, {
      body: {
        events: [
          ...choiceEvents([0, 0, 0]),
          anEvent({
            seq: 20,
            type: 'utterance.heard',
            payload: { step: 0, transcript: TRANSCRIPT, choiceIndex: 0, confidence: 0.9, via: 'matcher' },
          }),
        ],
      },
    });
    expect(events.status).toBe(200);
    if (options.complete !== false)
      expect((await t.api('POST', `/api/v1/sessions/${session.id}/complete`)).status).toBe(200);
    if (options.answers)
      expect(
        (await t.api('POST', `/api/v1/sessions/${session.id}/demographics`, { body: options.answers }))
          .status,
      ).toBe(200);
    if (options.site)
      await t.dataSource.query(`UPDATE visitor_sessions SET site_id = $2 WHERE id = $1`, [
        session.id,
        await siteIdOf(t, options.site),
      ]);
    return session;
  };
  const lookUp = (code: unknown, headers = freshIp()) =>
    t.api('POST', '/api/v1/my-data/lookup', { body: { code }, headers });
  const erase = (code: unknown, headers = freshIp()) =>
    t.api('POST', '/api/v1/my-data/erase', { body: { code }, headers });

  /** Every table that references a visit, from the catalog: a new one must be handled by the erasure. */
  const referencingTables = async () =>
    (
      (await t.dataSource.query(
        `SELECT DISTINCT c.conrelid::regclass::text AS table_name, a.attname AS column_name
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
         WHERE c.contype = 'f' AND c.confrelid = 'visitor_sessions'::regclass ORDER BY 1`,
      )) as { table_name: string; column_name: string }[]
    ).map((r) => [r.table_name.replace(/"/g, ''), r.column_name] as const);
  const rowsOf = async (sessionId: string) => {
    const counts: Record<string, number> = {};
    const [visit] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM visitor_sessions WHERE id = $1`,
      [sessionId],
    )) as { n: number }[];
    counts.visitor_sessions = visit!.n;
    for (const [table, column] of await referencingTables()) {
      const [row] = (await t.dataSource.query(
        `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}" = $1`,
        [sessionId],
      )) as { n: number }[];
      counts[table] = row!.n;
    }
    return counts;
  };
  const auditSince = async (id: number) =>
    (await t.dataSource.query(
      `SELECT actor_id, action, target_type, target_id, details FROM audit_log WHERE id > $1 ORDER BY id`,
      [id],
    )) as {
      actor_id: string | null;
      action: string;
      target_type: string | null;
      target_id: string | null;
      details: object;
    }[];
  const traces = (session: SessionBody) => {
    const normalized = normalizeFollowUpCode(session.followUpCode)!;
    return [
      session.followUpCode,
      normalized,
      createHash('sha256').update(normalized).digest('hex'),
      session.id,
    ];
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
    const catalog = await t.api('GET', '/api/v1/catalog');
    ({ id: scenarioId, versionId } = catalog.body.scenarios[0]);
    await addStaff(t, {
      email: 'gap@test.eclore',
      password: 'conseil-tres-solide-2026',
      role: 'counsellor',
      sites: [GAP],
    });
    await addStaff(t, {
      email: 'toulon@test.eclore',
      password: 'conseil-tres-solide-2027',
      role: 'counsellor',
      sites: [TOULON],
    });
    await addStaff(t, { email: 'e@test.eclore', password: 'redaction-solide-2026', role: 'editor' });
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('POST /api/v1/my-data/lookup', () => {
    it('should show the job, the day, the answers, the profile and what was said when the visitor gives their code', async () => {
      const session = await play({
        site: GAP,
        answers: { gender: 'femme', ageBand: '18-29', satisfaction: 4 },
      });
      const response = await lookUp(session.followUpCode.toLowerCase().replace('-', ' '));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.body).toEqual({
        scenario: { title: expect.any(String), job: expect.any(String) },
        site: { name: GAP },
        visitedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        completed: true,
        answers: { gender: 'femme', ageBand: '18-29', situation: null, education: null, satisfaction: 4 },
        competencies: expect.arrayContaining([
          {
            id: expect.any(String),
            libelle: expect.any(String),
            description: expect.any(String),
            score: expect.any(Number),
            max: expect.any(Number),
          },
        ]),
        said: [TRANSCRIPT],
        retentionMonths: 24,
      });
      const profile = await t.api('GET', `/api/v1/profiles/${session.followUpCode}`, {
        token: await t.login(),
      });
      // The same ranking as the counsellor's profile.
      expect(response.body.competencies.map((c: { id: string }) => c.id)).toEqual(
        profile.body.competencies.map((c: { id: string }) => c.id),
      );
      expect(response.body.scenario.title).toBe(profile.body.scenario.title);
    });

    it('should show a visit that was not finished, without a profile, and no answers when none was given', async () => {
      const session = await play({ complete: false });
      const response = await lookUp(session.followUpCode);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ completed: false, competencies: [], answers: null, site: null });
    });

    it('should answer a code never given exactly like the code of an erased visit', async () => {
      const session = await play();
      expect((await erase(session.followUpCode)).status).toBe(204);
      const erased = await lookUp(session.followUpCode);
      const unknown = await lookUp('ZZZZZ-ZZZZZ');
      expect(erased.status).toBe(404);
      expect(erased.body).toEqual({
        statusCode: 404,
        code: 'MY_DATA_NOT_FOUND',
        message: expect.stringMatching(/^Aucune donnée n’est enregistrée avec ce code/),
      });
      expect(unknown.body).toEqual(erased.body);
      expect((await erase(session.followUpCode)).body).toEqual(erased.body);
    });

    it('should refuse a missing, mistyped, oversized or non-JSON code with a French 4xx', async () => {
      const post = (
        path: string,
        init: { body?: unknown; rawBody?: string; headers?: Record<string, string> },
      ) => t.api('POST', `/api/v1/my-data/${path}`, { ...init, headers: { ...freshIp(), ...init.headers } });
      for (const path of ['lookup', 'erase']) {
        const cases = [
          [await post(path, { body: {} }), 400, 'VALIDATION_FAILED'],
          [await post(path, { body: { code: 12345 } }), 400, 'VALIDATION_FAILED'],
          [await post(path, { body: ['ABCDE-FGHJK'] }), 400, 'VALIDATION_FAILED'],
          [await post(path, { body: { code: 'ABCDE-FGHJK', site: 'x' } }), 400, 'VALIDATION_FAILED'],
          [await post(path, { body: { code: 'bonjour' } }), 400, 'FOLLOW_UP_CODE_INVALID'],
          [await post(path, { body: { code: 'A'.repeat(10_240) } }), 400, 'VALIDATION_FAILED'],
          [await post(path, { rawBody: '{"code":' }), 400, 'MALFORMED_JSON'],
          [
            await post(path, {
              rawBody: 'code=ABCDE-FGHJK',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
            }),
            415,
            'UNSUPPORTED_MEDIA_TYPE',
          ],
          [await t.api('POST', `/api/v1/my-data/${path}`, { headers: freshIp() }), 400, 'VALIDATION_FAILED'],
        ] as const;
        for (const [response, status, code] of cases) {
          expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status, code });
          expect(response.body.message).toMatch(/[éèàç]|requête|code/);
        }
      }
    });

    it('should answer 429 with a French message and Retry-After after 30 tries from one address, erasures included', async () => {
      const address = freshIp();
      for (let i = 0; i < 20; i += 1) expect((await lookUp('ZZZZZ-ZZZZZ', address)).status).toBe(404);
      for (let i = 0; i < 10; i += 1) expect((await erase('ZZZZZ-ZZZZZ', address)).status).toBe(404);
      const limited = await lookUp('ZZZZZ-ZZZZZ', address);
      expect(limited.status).toBe(429);
      expect(limited.body).toEqual({
        statusCode: 429,
        code: 'RATE_LIMITED',
        message: 'Trop de tentatives : réessayez dans un instant.',
      });
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await erase('ZZZZZ-ZZZZZ', address)).status).toBe(429);
      // Another address is not held back.
      expect((await lookUp('ZZZZZ-ZZZZZ')).status).toBe(404);
    });
  });

  describe('POST /api/v1/my-data/erase', () => {
    it('should delete every row of the visit and leave the other visits untouched', async () => {
      const answers = { gender: 'homme', situation: 'en-emploi', education: 'isced-5-8' };
      const [visit, other] = [await play({ site: GAP, answers }), await play({ site: GAP, answers })];
      expect((await referencingTables()).map(([table]) => table).sort()).toEqual([
        'competency_scores',
        'demographics',
        'events',
        'report_visit_rows',
      ]);
      const before = await rowsOf(visit.id);
      expect(Object.values(before).every((n) => n > 0)).toBe(true);
      const otherBefore = await rowsOf(other.id);
      const since = await lastAuditId(t);

      const response = await erase(visit.followUpCode);
      expect(response.status).toBe(204);

      expect(Object.values(await rowsOf(visit.id))).toEqual(Object.values(before).map(() => 0));
      expect(await rowsOf(other.id)).toEqual(otherBefore);
      expect((await lookUp(other.followUpCode)).status).toBe(200);
      const profile = await t.api('GET', `/api/v1/profiles/${visit.followUpCode}`, {
        token: await t.login(),
      });
      expect(profile.body.code).toBe('PROFILE_NOT_FOUND');

      const entries = (await auditSince(since)).filter((e) => e.action.startsWith('visit.'));
      expect(entries).toEqual([
        {
          actor_id: null,
          action: 'visit.erased_by_visitor',
          target_type: null,
          target_id: null,
          details: { scenarioId, month: expect.stringMatching(/^\d{4}-\d{2}$/) },
        },
      ]);
      const log = JSON.stringify(await t.dataSource.query(`SELECT * FROM audit_log`));
      for (const trace of traces(visit)) expect(log).not.toContain(trace);
    });

    it('should label the erasures in the audit log filter list', async () => {
      const actions = await t.api('GET', '/api/v1/audit/actions', { token: await t.login() });
      expect(actions.body).toEqual(
        expect.arrayContaining([
          { action: 'visit.erased_by_visitor', label: expect.stringMatching(/visiteur/) },
          { action: 'visit.erased_by_staff', label: expect.stringMatching(/personnel/) },
        ]),
      );
    });
  });

  describe('DELETE /api/v1/profiles/:code', () => {
    it('should let a counsellor of the visit’s site erase it, audited with the actor and without the code', async () => {
      const visit = await play({ site: GAP, answers: { satisfaction: 5 } });
      const token = await t.login('gap@test.eclore', 'conseil-tres-solide-2026');
      const since = await lastAuditId(t);
      const response = await t.api('DELETE', `/api/v1/profiles/${visit.followUpCode}`, { token });
      expect(response.status).toBe(204);
      expect(Object.values(await rowsOf(visit.id)).every((n) => n === 0)).toBe(true);
      const [entry] = (await auditSince(since)).filter((e) => e.action.startsWith('visit.'));
      const [{ id: actorId }] = await t.dataSource.query(
        `SELECT id FROM staff_users WHERE email = 'gap@test.eclore'`,
      );
      expect(entry).toEqual({
        actor_id: actorId,
        action: 'visit.erased_by_staff',
        target_type: null,
        target_id: null,
        details: {
          staffSessionId: expect.any(String),
          scenarioId,
          siteId: await siteIdOf(t, GAP),
          month: expect.stringMatching(/^\d{4}-\d{2}$/),
        },
      });
      const log = JSON.stringify(await t.dataSource.query(`SELECT * FROM audit_log`));
      for (const trace of traces(visit)) expect(log).not.toContain(trace);
      expect((await lookUp(visit.followUpCode)).body.code).toBe('MY_DATA_NOT_FOUND');
    });

    it('should answer 404 to a counsellor of another site and keep the visit, 403 to an editor, 401 without a session or CSRF token', async () => {
      const visit = await play({ site: GAP });
      const before = await rowsOf(visit.id);
      const path = `/api/v1/profiles/${visit.followUpCode}`;
      const toulon = await t.api('DELETE', path, {
        token: await t.login('toulon@test.eclore', 'conseil-tres-solide-2027'),
      });
      expect([toulon.status, toulon.body.code]).toEqual([404, 'PROFILE_NOT_FOUND']);
      const editor = await t.api('DELETE', path, {
        token: await t.login('e@test.eclore', 'redaction-solide-2026'),
      });
      expect([editor.status, editor.body.code]).toEqual([403, 'FORBIDDEN_ROLE']);
      expect((await t.api('DELETE', path)).status).toBe(401);
      const noCsrf = await t.api('DELETE', path, { token: await t.login(), csrf: false });
      expect(noCsrf.status).toBe(403);
      expect(await rowsOf(visit.id)).toEqual(before);
      // An admin sees every site.
      expect((await t.api('DELETE', path, { token: await t.login() })).status).toBe(204);
      expect((await t.api('DELETE', path, { token: await t.login() })).body.code).toBe('PROFILE_NOT_FOUND');
    });
  });
});
