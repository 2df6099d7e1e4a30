import { AuditRepository } from '../../server/src/modules/audit/audit.repository.js';
import { startTestApp, type TestApp } from './support/test-app.js';

jest.setTimeout(90_000);

describe('audit log API', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;

  const insert = (action: string, at: string, actorId: string | null = null) =>
    t.dataSource.query(`INSERT INTO audit_log (at, actor_id, action, details) VALUES ($1, $2, $3, '{}')`, [
      at,
      actorId,
      action,
    ]);

  beforeAll(async () => {
    t = await startTestApp();
    const session = await t.signIn();
    admin = session.token;
    adminId = session.user.id;
    await insert('site.created', '2026-03-01T10:00:00Z', adminId);
    await insert('site.updated', '2026-03-02T22:30:00Z', adminId);
    await insert('staff.created', '2026-03-03T09:00:00Z', adminId);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should filter by action prefix, person and Paris day, newest first', async () => {
    const bySite = await t.api('GET', `/api/v1/audit?action=site&actor=${adminId}`, { token: admin });
    expect(bySite.status).toBe(200);
    expect(bySite.body.entries.map((e: { action: string }) => e.action)).toEqual([
      'site.updated',
      'site.created',
    ]);
    expect(bySite.body.entries[0]).toMatchObject({
      actor: { id: adminId, email: 'admin@test.eclore', displayName: 'Administrateur' },
      label: 'Site modifié',
    });
    // 22:30 UTC on 2 March is 23:30 in Paris: still the 2nd.
    const day = await t.api('GET', '/api/v1/audit?from=2026-03-02&to=2026-03-02', { token: admin });
    expect(day.body.entries.map((e: { action: string }) => e.action)).toEqual(['site.updated']);
  });

  it('should page with a cursor until nextBefore is null', async () => {
    const seen: string[] = [];
    let before: string | null = null;
    do {
      const query: string = `/api/v1/audit?from=2026-03-01&to=2026-03-03&limit=2${before ? `&before=${before}` : ''}`;
      const page = await t.api('GET', query, { token: admin });
      seen.push(...page.body.entries.map((e: { action: string }) => e.action));
      before = page.body.nextBefore;
    } while (before);
    expect(seen).toEqual(['staff.created', 'site.updated', 'site.created']);
  });

  it('should answer 400 in French when a filter is malformed', async () => {
    const response = await t.api('GET', '/api/v1/audit?from=02/03/2026', { token: admin });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.message).toContain('AAAA-MM-JJ');
  });

  it('should export a CSV with a BOM, « ; » separators and French headers and labels', async () => {
    const response = await fetch(`${t.baseUrl}/api/v1/audit/export.csv?action=site`, {
      headers: { cookie: `eclore_staff=${admin.split(' ')[0]}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\n');
    expect(lines[0]).toBe('Date (heure de Paris);Personne;Adresse;Action;Code;Objet;Identifiant;Détails');
    expect(lines[1]).toMatch(
      /^02\/03\/2026 23:30:00;Administrateur;admin@test\.eclore;Site modifié;site\.updated;/,
    );
    expect(lines).toHaveLength(3);
  });

  it('should list the known actions with French labels for the filter', async () => {
    const response = await t.api('GET', '/api/v1/audit/actions', { token: admin });
    expect(response.body).toContainEqual({
      action: 'auth.locked',
      label: 'Compte verrouillé (mots de passe erronés)',
    });
  });

  it('should purge only the entries older than 12 months when the purge runs', async () => {
    await insert('auth.login', '2025-01-31T12:00:00Z');
    await insert('auth.logout', '2025-02-02T12:00:00Z');
    const purged = await t.app.get(AuditRepository).purgeExpired(new Date('2026-02-01T12:00:00Z'));
    expect(purged).toBe(1);
    const left = (await t.dataSource.query(
      `SELECT action FROM audit_log WHERE at < '2025-12-31' ORDER BY at`,
    )) as { action: string }[];
    expect(left.map((r) => r.action)).toEqual(['auth.logout']);
  });
});
