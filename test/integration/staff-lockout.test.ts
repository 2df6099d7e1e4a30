import { randomBytes } from 'node:crypto';
import { createApp } from '../../server/src/app.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { addStaff, auditActions, lastAuditId } from './support/staff.js';

jest.setTimeout(120_000);

describe('sign-in brute force', () => {
  let t: TestApp;
  const EMAIL = 'conseiller@test.eclore';
  const PASSWORD = 'conseil-tres-solide-2026';
  const attempt = (password: string, email = EMAIL) =>
    t.api('POST', '/api/v1/auth/login', { body: { email, password } });

  beforeAll(async () => {
    t = await startTestApp();
    await addStaff(t, {
      email: EMAIL,
      password: PASSWORD,
      role: 'counsellor',
      sites: ['Cité des Métiers – Gap'],
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should lock the account with a clear French message and Retry-After when the 6th wrong password in a row is typed', async () => {
    const since = await lastAuditId(t);
    for (let i = 1; i <= 5; i++) {
      const response = await attempt(`faux-${i}`);
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('INVALID_CREDENTIALS');
    }
    const sixth = await attempt('faux-6');
    expect(sixth.status).toBe(429);
    expect(sixth.body.code).toBe('ACCOUNT_LOCKED');
    expect(sixth.body.message).toBe(
      'Trop de mots de passe erronés d’affilée\u00a0: ce compte est verrouillé. Réessayez dans 1\u00a0minute.',
    );
    const retryAfter = Number(sixth.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(50);
    expect(retryAfter).toBeLessThanOrEqual(60);

    // Even the right password waits for the end of the lock.
    const right = await attempt(PASSWORD);
    expect(right.status).toBe(429);
    expect(right.body.code).toBe('ACCOUNT_LOCKED');

    const actions = (await auditActions(t, since)).map((a) => a.action);
    expect(actions).toEqual([...Array(6).fill('auth.login_failed'), 'auth.locked']);
    const logged = JSON.stringify(await auditActions(t, since));
    expect(logged).not.toContain('faux-');
  });

  it('should double the lock when the next password after a lock is wrong again, and clear it on success', async () => {
    await t.dataSource.query(
      `UPDATE staff_login_throttle SET locked_until = now() - interval '1 second' WHERE key = $1`,
      [`account:${EMAIL}`],
    );
    const seventh = await attempt('faux-7');
    expect(seventh.status).toBe(429);
    const retryAfter = Number(seventh.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(110);
    expect(retryAfter).toBeLessThanOrEqual(120);
    expect(seventh.body.message).toMatch(/Réessayez dans 2\u00a0minutes\.$/);

    await t.dataSource.query(
      `UPDATE staff_login_throttle SET locked_until = now() - interval '1 second' WHERE key = $1`,
      [`account:${EMAIL}`],
    );
    expect((await attempt(PASSWORD)).status).toBe(200);
    expect((await attempt('faux-apres')).status).toBe(401);
  });

  it('should lock an unknown e-mail the same way so a lock does not reveal which accounts exist', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt('faux', 'personne@test.eclore')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('should answer 429 RATE_LIMITED with Retry-After when one address failed too often, whatever the account', async () => {
    await t.dataSource.query(
      `UPDATE staff_login_throttle SET failures = 30, window_started_at = now() - interval '5 minutes' WHERE key LIKE 'ip:%'`,
    );
    const response = await attempt(PASSWORD);
    expect(response.status).toBe(429);
    expect(response.body.code).toBe('RATE_LIMITED');
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(9 * 60);
    expect(retryAfter).toBeLessThanOrEqual(10 * 60);
  });

  it('should refuse the locked account on a second instance because the counters live in Postgres', async () => {
    await t.dataSource.query(`DELETE FROM staff_login_throttle WHERE key LIKE 'ip:%'`);
    const other = await createApp({
      config: t.config,
      databaseUrl: t.databaseUrl,
      authSecret: randomBytes(32).toString('hex'),
      logLevels: false,
    });
    try {
      await other.listen(0, '127.0.0.1');
      const { port } = other.getHttpServer().address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'personne@test.eclore', password: 'faux' }),
      });
      expect(response.status).toBe(429);
      expect(((await response.json()) as { code: string }).code).toBe('ACCOUNT_LOCKED');
    } finally {
      await other.close();
    }
  });
});
