import { SitesRepository } from '../../server/src/modules/sites/sites.repository.js';
import { DEFAULT_SITES } from '../../server/src/modules/sites/default-sites.js';
import { GAP, MARSEILLE, addStaff, siteIdOf } from './support/staff.js';
import { startTestApp, type TestApp } from './support/test-app.js';

jest.setTimeout(90_000);

describe('sites', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should seed the Cité des Métiers de Marseille and its seven centres once, even when two instances seed at once', async () => {
    const repo = t.app.get(SitesRepository);
    await Promise.all([repo.seed(DEFAULT_SITES), repo.seed(DEFAULT_SITES)]);
    const response = await t.api('GET', '/api/v1/sites', { token: admin });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.body.map((s: { name: string; city: string }) => `${s.city}: ${s.name}`).sort()).toEqual(
      [
        'Antibes: Cité des Métiers – Antibes',
        'Aubagne: Cité des Métiers – Aubagne',
        'Gap: Cité des Métiers – Gap',
        'Istres: Cité des Métiers – Istres',
        'Marseille: Cité des Métiers de Marseille',
        'Martigues: Cité des Métiers – Martigues',
        'Sisteron: Cité des Métiers – Sisteron',
        'Toulon: Cité des Métiers – Toulon',
      ].sort(),
    );
    expect(response.body[0]).toEqual({
      id: expect.any(String),
      name: expect.any(String),
      city: expect.any(String),
      active: true,
      deviceCount: 0,
      sessionCount: 0,
    });
  });

  it('should add, rename and deactivate a site, and refuse a duplicate name with 409', async () => {
    const created = await t.api('POST', '/api/v1/sites', {
      token: admin,
      body: { name: 'Cité des Métiers – Digne', city: 'Digne-les-Bains' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Cité des Métiers – Digne',
      city: 'Digne-les-Bains',
      active: true,
    });
    const duplicate = await t.api('POST', '/api/v1/sites', { token: admin, body: { name: GAP } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('SITE_NAME_TAKEN');
    const renamed = await t.api('PATCH', `/api/v1/sites/${created.body.id}`, {
      token: admin,
      body: { name: 'Cité des Métiers – Digne-les-Bains', active: false },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Cité des Métiers – Digne-les-Bains', active: false });
    const clash = await t.api('PATCH', `/api/v1/sites/${created.body.id}`, {
      token: admin,
      body: { name: GAP },
    });
    expect(clash.body.code).toBe('SITE_NAME_TAKEN');
    const blank = await t.api('POST', '/api/v1/sites', { token: admin, body: { name: '  ' } });
    expect(blank.status).toBe(400);
  });

  it('should delete an unused site but answer 409 SITE_IN_USE when it holds a headset, a visit or staff', async () => {
    const unused = await t.api('POST', '/api/v1/sites', { token: admin, body: { name: 'Centre éphémère' } });
    expect((await t.api('DELETE', `/api/v1/sites/${unused.body.id}`, { token: admin })).status).toBe(204);
    expect((await t.api('DELETE', `/api/v1/sites/${unused.body.id}`, { token: admin })).body.code).toBe(
      'SITE_NOT_FOUND',
    );

    const marseille = await siteIdOf(t, MARSEILLE);
    const code = await t.api('POST', '/api/v1/devices/pairing-codes', {
      token: admin,
      body: { label: 'Casque 1', siteId: marseille },
    });
    await t.api('POST', '/api/v1/devices/pair', { body: { code: code.body.code } });
    const withHeadset = await t.api('DELETE', `/api/v1/sites/${marseille}`, { token: admin });
    expect(withHeadset.status).toBe(409);
    expect(withHeadset.body.code).toBe('SITE_IN_USE');
    const listed = (await t.api('GET', '/api/v1/sites', { token: admin })).body.find(
      (s: { id: string }) => s.id === marseille,
    );
    expect(listed.deviceCount).toBe(1);

    await addStaff(t, { email: 'gap@test.eclore', role: 'counsellor', sites: [GAP] });
    expect(
      (await t.api('DELETE', `/api/v1/sites/${await siteIdOf(t, GAP)}`, { token: admin })).body.code,
    ).toBe('SITE_IN_USE');
  });

  it('should refuse to change sites to anyone but an admin', async () => {
    await addStaff(t, {
      email: 'conseil@test.eclore',
      password: 'conseil-tres-solide-2026',
      role: 'counsellor',
      sites: [GAP],
    });
    const counsellor = await t.login('conseil@test.eclore', 'conseil-tres-solide-2026');
    const response = await t.api('POST', '/api/v1/sites', { token: counsellor, body: { name: 'Pirate' } });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('FORBIDDEN_ROLE');
  });
});
