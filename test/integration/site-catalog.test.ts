// Per-site catalog (issue #11 point 10): an admin chooses which scenarios a site offers; the
// headsets paired to that site list only those, the others and unpaired headsets list them all.
import { resolve } from 'node:path';
import { auditActions, GAP, MARSEILLE, siteIdOf } from './support/staff.js';
import { startTestApp, type TestApp } from './support/test-app.js';

jest.setTimeout(120_000);

describe('per-site catalog', () => {
  let t: TestApp;
  let admin: string;
  let gap: string;
  let all: string[];

  async function headsetOf(siteId: string, label: string): Promise<Record<string, string>> {
    const code = await t.api('POST', '/api/v1/devices/pairing-codes', {
      token: admin,
      body: { label, siteId },
    });
    const paired = await t.api('POST', '/api/v1/devices/pair', { body: { code: code.body.code } });
    expect(paired.status).toBe(201);
    return { authorization: `Device ${paired.body.token}` };
  }

  const catalogIds = async (headers: Record<string, string> = {}) =>
    ((await t.api('GET', '/api/v1/catalog', { headers })).body.scenarios as { id: string }[]).map(
      (s) => s.id,
    );

  beforeAll(async () => {
    t = await startTestApp({ narrativesDir: resolve('narratives') });
    admin = await t.login();
    gap = await siteIdOf(t, GAP);
    all = await catalogIds();
    expect(all.length).toBeGreaterThanOrEqual(3);
  });

  afterAll(() => t?.close());

  it('should offer every published scenario at every site until an admin chooses', async () => {
    const list = await t.api('GET', `/api/v1/sites/${gap}/scenarios`, { token: admin });
    expect(list.status).toBe(200);
    expect(list.body.map((s: { id: string }) => s.id).sort()).toEqual([...all].sort());
    expect(list.body.every((s: { offered: boolean }) => s.offered)).toBe(true);
    expect(list.body[0]).toEqual({
      id: expect.any(String),
      title: expect.any(String),
      sector: expect.any(String),
      job: expect.any(String),
      offered: true,
    });
  });

  it('should list on a Gap headset only what Gap offers, and everything elsewhere', async () => {
    const offered = all.slice(0, 2);
    const saved = await t.api('PUT', `/api/v1/sites/${gap}/scenarios`, { token: admin, body: { offered } });
    expect(saved.status).toBe(200);
    expect(
      saved.body
        .filter((s: { offered: boolean }) => s.offered)
        .map((s: { id: string }) => s.id)
        .sort(),
    ).toEqual([...offered].sort());
    const gapHeadset = await headsetOf(gap, 'Casque Gap');
    const marseilleHeadset = await headsetOf(await siteIdOf(t, MARSEILLE), 'Casque Marseille');
    expect((await catalogIds(gapHeadset)).sort()).toEqual([...offered].sort());
    expect((await catalogIds(marseilleHeadset)).sort()).toEqual([...all].sort());
    expect((await catalogIds()).sort()).toEqual([...all].sort());
    expect((await auditActions(t)).filter((a) => a.action === 'site.catalog_updated')).toHaveLength(1);
    const [entry] = (await t.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'site.catalog_updated' ORDER BY id DESC LIMIT 1`,
    )) as { details: { removed: string[]; added: string[] } }[];
    expect(entry.details.removed.sort()).toEqual(all.filter((id) => !offered.includes(id)).sort());
    expect(entry.details.added).toEqual([]);

    // Offered again: back on the Gap headset at its next catalog request.
    await t.api('PUT', `/api/v1/sites/${gap}/scenarios`, { token: admin, body: { offered: all } });
    expect((await catalogIds(gapHeadset)).sort()).toEqual([...all].sort());
  });

  it('should refuse an empty, duplicated or unknown choice in French and keep the stored one', async () => {
    await t.api('PUT', `/api/v1/sites/${gap}/scenarios`, { token: admin, body: { offered: [all[0]] } });
    for (const [body, code, message] of [
      [{ offered: [] }, 'VALIDATION_FAILED', /au moins un scénario/],
      [{ offered: [all[0], all[0]] }, 'VALIDATION_FAILED', /deux fois/],
      [{ offered: 'tout' }, 'VALIDATION_FAILED', /liste des scénarios/],
      [{}, 'VALIDATION_FAILED', /liste des scénarios/],
      [{ offered: [all[0], 'scenario-fantome'] }, 'SCENARIO_NOT_FOUND', /scenario-fantome/],
    ] as const) {
      const refused = await t.api('PUT', `/api/v1/sites/${gap}/scenarios`, { token: admin, body });
      expect({ status: refused.status, code: refused.body.code }).toEqual({
        status: code === 'VALIDATION_FAILED' ? 400 : 404,
        code,
      });
      expect(refused.body.message).toMatch(message);
    }
    const list = await t.api('GET', `/api/v1/sites/${gap}/scenarios`, { token: admin });
    expect(list.body.filter((s: { offered: boolean }) => s.offered).map((s: { id: string }) => s.id)).toEqual(
      [all[0]],
    );
    const unknownSite = await t.api('GET', '/api/v1/sites/00000000-0000-4000-8000-000000000000/scenarios', {
      token: admin,
    });
    expect(unknownSite.status).toBe(404);
    expect(unknownSite.body.code).toBe('SITE_NOT_FOUND');
  });
});
