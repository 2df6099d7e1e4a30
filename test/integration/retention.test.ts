// Data retention (DESIGN §6): admins set how long visits and the audit log are kept; a nightly
// job on the Postgres queue deletes what expired. The clock is moved through the job's `asOf`.
import { JobQueue } from '../../server/src/modules/jobs/job-queue.js';
import { PURGE_JOB } from '../../server/src/modules/retention/retention.service.js';
import { aSession, anEvent } from './support/factories.js';
import { addStaff } from './support/staff.js';
import { startTestApp, type TestApp } from './support/test-app.js';

jest.setTimeout(120_000);

describe('retention', () => {
  let t: TestApp;
  let admin: string;
  let scenario: { id: string; versionId: string };

  /** A visit with events and answers, received by the server at `receivedAt`. */
  async function visit(receivedAt: string): Promise<string> {
    const session = aSession({ scenarioId: scenario.id, versionId: scenario.versionId });
    expect((await t.api('POST', '/api/v1/sessions', { body: session })).status).toBe(201);
    const events = { events: [anEvent({ seq: 0 }), anEvent({ seq: 1 })] };
    expect((await t.api('POST', `/api/v1/sessions/${session.id}/events`, { body: events })).status).toBe(200);
    const answers = { gender: 'femme', ageBand: '18-29', satisfaction: 4 };
    expect(
      (await t.api('POST', `/api/v1/sessions/${session.id}/demographics`, { body: answers })).status,
    ).toBe(200);
    await t.dataSource.query(`UPDATE visitor_sessions SET created_at = $2 WHERE id = $1`, [
      session.id,
      receivedAt,
    ]);
    return session.id;
  }

  const rowsOf = async (sessionId: string) => {
    const [row] = (await t.dataSource.query(
      `SELECT (SELECT count(*) FROM visitor_sessions WHERE id = $1)::int AS visits,
              (SELECT count(*) FROM events WHERE session_id = $1)::int AS events,
              (SELECT count(*) FROM demographics WHERE session_id = $1)::int AS answers`,
      [sessionId],
    )) as { visits: number; events: number; answers: number }[];
    return row;
  };

  /** Runs the purge through the real queue, as of `asOf`, and waits for its result. */
  async function purgeAsOf(asOf: string) {
    const jobs = t.app.get(JobQueue);
    const id = await jobs.send(PURGE_JOB, { asOf });
    expect(id).toEqual(expect.any(String));
    for (let i = 0; i < 100; i++) {
      const status = await jobs.status(PURGE_JOB, id!);
      if (status && ['completed', 'failed'].includes(status.state)) {
        // Moving the clock ahead also expired the admin's sign-in session: sign in again.
        admin = await t.login();
        return status;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('the purge job never finished');
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login();
    const catalog = await t.api('GET', '/api/v1/catalog');
    scenario = catalog.body.scenarios[0];
  });

  afterAll(() => t?.close());

  it('should keep visits 24 months and the audit log 12 months by default, purged nightly', async () => {
    const view = await t.api('GET', '/api/v1/retention', { token: admin });
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ visitsMonths: 24, auditMonths: 12, updatedBy: null, running: null });
    expect(view.body.schedule).toContain('3\u00a0h\u00a030');
    // One schedule in the queue, in the centre's time zone.
    const schedules = (await t.dataSource.query(`SELECT name, cron, options FROM pgboss.schedule`)) as {
      name: string;
      cron: string;
      options: { tz?: string };
    }[];
    expect(schedules).toEqual([
      { name: PURGE_JOB, cron: '30 3 * * *', options: expect.objectContaining({ tz: 'Europe/Paris' }) },
    ]);
  });

  it('should delete, as of a moved clock, the visits and audit entries that expired, and nothing else', async () => {
    const old = await visit('2026-01-10T10:00:00Z');
    const recent = await visit('2026-03-10T10:00:00Z');
    await t.dataSource.query(
      `INSERT INTO audit_log (at, action, details) VALUES ('2027-01-01T00:00:00Z', 'auth.login', '{}'),
                                                          ('2027-03-01T00:00:00Z', 'auth.logout', '{}')`,
    );
    // Two years and a month after the old visit: it expired, the recent one did not.
    const status = await purgeAsOf('2028-02-15T00:00:00Z');
    expect(status.state).toBe('completed');
    expect(status.output).toMatchObject({
      visits: 1,
      visitsBefore: '2026-02-15T00:00:00.000Z',
      auditBefore: '2027-02-15T00:00:00.000Z',
    });
    expect(await rowsOf(old)).toEqual({ visits: 0, events: 0, answers: 0 });
    expect(await rowsOf(recent)).toEqual({ visits: 1, events: 2, answers: 1 });
    const audit = (await t.dataSource.query(
      `SELECT action FROM audit_log WHERE at BETWEEN '2026-12-31' AND '2027-12-01' AND action LIKE 'auth.%' ORDER BY at`,
    )) as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['auth.logout']);
    // The purge is in the log with its counts, never with what it deleted.
    const [entry] = (await t.dataSource.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'retention.purged' ORDER BY id DESC LIMIT 1`,
    )) as { actor_id: string | null; details: Record<string, unknown> }[];
    expect(entry.actor_id).toBeNull();
    expect(entry.details).toMatchObject({ visits: 1, asOf: '2028-02-15T00:00:00.000Z' });
    expect(JSON.stringify(entry.details)).not.toContain(old);
    // Run again: no visit left to delete.
    expect((await purgeAsOf('2028-02-15T00:00:00Z')).output).toMatchObject({ visits: 0 });
  });

  it('should apply the durations an admin sets, and log the change', async () => {
    const saved = await t.api('PUT', '/api/v1/retention', {
      token: admin,
      body: { visitsMonths: 6, auditMonths: 24 },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      visitsMonths: 6,
      auditMonths: 24,
      updatedBy: { displayName: 'Administrateur' },
    });
    const [change] = (await t.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'retention.updated' ORDER BY id DESC LIMIT 1`,
    )) as { details: unknown }[];
    expect(change.details).toEqual({
      before: { visitsMonths: 24, auditMonths: 12 },
      after: { visitsMonths: 6, auditMonths: 24 },
    });
    const sixMonthsOld = await visit('2030-01-01T00:00:00Z');
    const fresh = await visit('2030-06-01T00:00:00Z');
    await purgeAsOf('2030-07-15T00:00:00Z');
    expect((await rowsOf(sixMonthsOld)).visits).toBe(0);
    expect((await rowsOf(fresh)).visits).toBe(1);
    await t.api('PUT', '/api/v1/retention', { token: admin, body: { visitsMonths: 24, auditMonths: 12 } });
  });

  it('should refuse durations out of range or malformed, in French, and keep the stored ones', async () => {
    for (const body of [
      { visitsMonths: 0, auditMonths: 12 },
      { visitsMonths: 24, auditMonths: 3 },
      { visitsMonths: 1.5, auditMonths: 12 },
      { visitsMonths: '24', auditMonths: 12 },
      { visitsMonths: 24 },
      { visitsMonths: 24, auditMonths: 12, forever: true },
      { visitsMonths: 1e9, auditMonths: 12 },
    ]) {
      const refused = await t.api('PUT', '/api/v1/retention', { token: admin, body });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
      expect(refused.body.message).toMatch(/mois|Clé non reconnue|attendu/);
    }
    expect((await t.api('GET', '/api/v1/retention', { token: admin })).body).toMatchObject({
      visitsMonths: 24,
      auditMonths: 12,
    });
  });

  it('should let an admin start a purge now and follow it to its result', async () => {
    const started = await t.api('POST', '/api/v1/retention/purges', { token: admin });
    expect(started.status).toBe(202);
    expect(['created', 'active', 'completed']).toContain(started.body.state);
    let job = started.body;
    for (let i = 0; i < 100 && job.state !== 'completed'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      job = (await t.api('GET', `/api/v1/retention/purges/${started.body.id}`, { token: admin })).body;
    }
    expect(job).toMatchObject({ state: 'completed', result: { visits: expect.any(Number) } });
    const view = await t.api('GET', '/api/v1/retention', { token: admin });
    expect(view.body.lastPurge).toMatchObject({ visits: job.result.visits, at: expect.any(String) });
    const [entry] = (await t.dataSource.query(
      `SELECT u.email FROM audit_log a JOIN staff_users u ON u.id = a.actor_id
        WHERE a.action = 'retention.purged' ORDER BY a.id DESC LIMIT 1`,
    )) as { email: string }[];
    expect(entry.email).toBe('admin@test.eclore');
  });

  it('should answer 404 in French for an unknown purge, and keep counsellors out', async () => {
    const unknown = await t.api('GET', '/api/v1/retention/purges/00000000-0000-4000-8000-000000000000', {
      token: admin,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'JOB_NOT_FOUND' });
    expect((await t.api('GET', '/api/v1/retention/purges/pas-un-uuid', { token: admin })).status).toBe(404);
    await addStaff(t, { email: 'conseil@test.eclore', role: 'counsellor', password: 'mot-de-passe-conseil' });
    const counsellor = await t.login('conseil@test.eclore', 'mot-de-passe-conseil');
    expect((await t.api('GET', '/api/v1/retention', { token: counsellor })).status).toBe(403);
    expect((await t.api('POST', '/api/v1/retention/purges', { token: counsellor })).status).toBe(403);
  });
});
