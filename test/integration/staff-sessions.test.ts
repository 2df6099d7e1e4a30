import { randomBytes, scrypt } from 'node:crypto';
import { ADMIN, startTestApp, type TestApp } from './support/test-app.js';
import { addStaff, auditActions, lastAuditId } from './support/staff.js';

jest.setTimeout(90_000);

describe('staff sign-in sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await addStaff(t, { email: 'editrice@test.eclore', password: 'redaction-solide-2026', role: 'editor' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should answer GET /auth/me with the user, sites and the same CSRF token, never cached, when the cookie is sent', async () => {
    const session = await t.signIn();
    const me = await t.api('GET', '/api/v1/auth/me', { token: session.token });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ user: session.user, csrfToken: session.csrfToken });
    expect(me.headers.get('cache-control')).toBe('no-store');
  });

  it('should let an editor sign in and reach GET /auth/me when the studio does not exist yet', async () => {
    const session = await t.signIn('editrice@test.eclore', 'redaction-solide-2026');
    const me = await t.api('GET', '/api/v1/auth/me', { token: session.token });
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ email: 'editrice@test.eclore', role: 'editor', sites: [] });
  });

  it('should refuse an unsafe request with 403 CSRF_TOKEN_INVALID when the CSRF header is missing, wrong or the origin foreign', async () => {
    const session = await t.signIn();
    const missing = await t.api('POST', '/api/v1/sites', {
      token: session.token,
      csrf: false,
      body: { name: 'X' },
    });
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('CSRF_TOKEN_INVALID');
    const wrong = await t.api('POST', '/api/v1/sites', {
      token: session.token,
      csrf: false,
      headers: { 'x-csrf-token': 'A'.repeat(43) },
      body: { name: 'X' },
    });
    expect(wrong.body.code).toBe('CSRF_TOKEN_INVALID');
    const foreign = await t.api('POST', '/api/v1/sites', {
      token: session.token,
      headers: { origin: 'https://evil.example' },
      body: { name: 'Centre pirate' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe('CSRF_TOKEN_INVALID');
    const sites = (await t.dataSource.query(
      `SELECT name FROM sites WHERE name IN ('X', 'Centre pirate')`,
    )) as [];
    expect(sites).toEqual([]);
  });

  it('should close the session on sign-out and refuse its cookie on the very next request', async () => {
    const session = await t.signIn();
    const out = await t.api('POST', '/api/v1/auth/logout', { token: session.token });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(
      /^eclore_staff=; Path=\/api; Max-Age=0; HttpOnly; Secure; SameSite=Strict$/,
    );
    const after = await t.api('GET', '/api/v1/auth/me', { token: session.token });
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('SESSION_EXPIRED');
  });

  it('should close every session of the person when « Se déconnecter partout » is used', async () => {
    const first = await t.signIn();
    const second = await t.signIn();
    const since = await lastAuditId(t);
    expect((await t.api('POST', '/api/v1/auth/logout-all', { token: second.token })).status).toBe(204);
    for (const session of [first, second])
      expect((await t.api('GET', '/api/v1/auth/me', { token: session.token })).status).toBe(401);
    expect((await auditActions(t, since)).map((a) => a.action)).toEqual(['auth.logout_all']);
  });

  it('should expire a session after 30 minutes without a request, and after 8 hours in any case', async () => {
    const idle = await t.signIn();
    const old = await t.signIn();
    await t.dataSource.query(
      `UPDATE staff_sessions SET last_seen_at = now() - interval '31 minutes' WHERE csrf_token = $1`,
      [idle.csrfToken],
    );
    await t.dataSource.query(
      `UPDATE staff_sessions SET expires_at = now() - interval '1 second' WHERE csrf_token = $1`,
      [old.csrfToken],
    );
    for (const session of [idle, old]) {
      const response = await t.api('GET', '/api/v1/auth/me', { token: session.token });
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('SESSION_EXPIRED');
    }
    const fresh = await t.signIn();
    await t.dataSource.query(
      `UPDATE staff_sessions SET last_seen_at = now() - interval '29 minutes' WHERE csrf_token = $1`,
      [fresh.csrfToken],
    );
    expect((await t.api('GET', '/api/v1/auth/me', { token: fresh.token })).status).toBe(200);
  });

  it('should keep only a keyed hash of the session token when a session opens', async () => {
    const session = await t.signIn();
    const rows = (await t.dataSource.query(`SELECT to_jsonb(s)::text AS row FROM staff_sessions s`)) as {
      row: string;
    }[];
    expect(rows.some((r) => r.row.includes(session.sessionToken))).toBe(false);
  });

  it('should still accept a password hashed with the old scrypt cost and rehash it at sign-in', async () => {
    const salt = randomBytes(16);
    const key = await new Promise<Buffer>((resolve, reject) =>
      scrypt('ancien-mot-de-passe-2025', salt, 32, { N: 16384, r: 8, p: 1 }, (e, k) =>
        e ? reject(e) : resolve(k),
      ),
    );
    const old = ['scrypt', 16384, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
    await t.dataSource.query(
      `INSERT INTO staff_users (email, display_name, password_hash, role) VALUES ('ancien@test.eclore', 'Ancien', $1, 'admin')`,
      [old],
    );
    await t.signIn('ancien@test.eclore', 'ancien-mot-de-passe-2025');
    const [row] = (await t.dataSource.query(
      `SELECT password_hash FROM staff_users WHERE email = 'ancien@test.eclore'`,
    )) as { password_hash: string }[];
    expect(row!.password_hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    await expect(t.signIn('ancien@test.eclore', 'ancien-mot-de-passe-2025')).resolves.toBeDefined();
  });

  it('should record the sign-in with its session in the audit log and the last sign-in time', async () => {
    const since = await lastAuditId(t);
    await t.signIn();
    const [entry] = await auditActions(t, since);
    expect(entry).toMatchObject({ action: 'auth.login' });
    const [user] = (await t.dataSource.query(`SELECT last_sign_in_at FROM staff_users WHERE email = $1`, [
      ADMIN.email,
    ])) as { last_sign_in_at: Date }[];
    expect(Date.now() - user!.last_sign_in_at.getTime()).toBeLessThan(60_000);
  });
});
