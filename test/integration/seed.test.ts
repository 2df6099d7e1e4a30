import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SeedService } from '../../server/src/modules/seed/seed.service.js';
import { FIXTURE_NARRATIVES, startTestApp, type TestApp } from './support/test-app.js';

// Each file boots the whole app on its own database: slow on a shared 2-core machine.
jest.setTimeout(60_000);

describe(SeedService.name, () => {
  let narratives: string;
  let t: TestApp;

  beforeAll(async () => {
    narratives = mkdtempSync('/tmp/eclore-it-narratives-');
    cpSync(FIXTURE_NARRATIVES, narratives, { recursive: true });
    mkdirSync(join(narratives, 'cassee'));
    writeFileSync(join(narratives, 'cassee', 'scenario.ink'), '# id: cassee\n-> nulle_part\n');
    t = await startTestApp({ narrativesDir: narratives });
  });

  afterAll(async () => {
    await t.close();
    rmSync(narratives, { recursive: true, force: true });
  });

  const versions = async () =>
    (await t.dataSource.query(
      `SELECT id FROM scenario_versions WHERE scenario_id = 'mini-eolien' ORDER BY created_at`,
    )) as { id: string }[];

  it('should publish the valid scenario and skip the broken one with a located reason at first start', () => {
    expect(t.seedReport.scenarios).toEqual([
      { id: 'mini-eolien', versionId: expect.stringMatching(/^[0-9a-f]{64}$/), created: true },
    ]);
    expect(t.seedReport.skipped).toEqual([
      { folder: 'cassee', reason: expect.stringMatching(/^cassee\/scenario\.ink:\d+:\d+: /) },
    ]);
    expect(t.seedReport.adminCreated).toBe(true);
    expect(t.seedReport.generatedAdminPassword).toBeUndefined();
  });

  it('should change nothing when run again on the same files', async () => {
    const before = await versions();
    const report = await t.app.get(SeedService).run();
    expect(report.scenarios).toEqual([{ id: 'mini-eolien', versionId: before[0]!.id, created: false }]);
    expect(report.adminCreated).toBe(false);
    expect(await versions()).toEqual(before);
    const admins = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM staff_users WHERE role = 'admin'`,
    )) as { n: number }[];
    expect(admins[0]!.n).toBe(1);
  });

  it('should publish a new version served by the catalog when metier.json changes', async () => {
    const file = join(narratives, 'mini-eolien', 'metier.json');
    const metier = JSON.parse(readFileSync(file, 'utf8'));
    metier.metier.resume = 'Résumé mis à jour.';
    writeFileSync(file, JSON.stringify(metier, null, 2));

    const report = await t.app.get(SeedService).run();
    const all = await versions();
    expect(all).toHaveLength(2);
    expect(report.scenarios[0]).toEqual({ id: 'mini-eolien', versionId: all[1]!.id, created: true });
    const catalog = await t.api('GET', '/api/v1/catalog');
    expect(catalog.body.scenarios[0]).toMatchObject({ versionId: all[1]!.id, resume: 'Résumé mis à jour.' });
    const old = await t.api('GET', `/api/v1/scenarios/mini-eolien/versions/${all[0]!.id}`);
    expect(old.status).toBe(200);
  });
});

describe('generated admin password', () => {
  it('should generate a password only once, when ADMIN_PASSWORD is unset at first seed', async () => {
    const t = await startTestApp({ env: { ADMIN_PASSWORD: '' } });
    try {
      const password = t.seedReport.generatedAdminPassword;
      expect(password).toMatch(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/);
      await expect(t.login(t.config.adminEmail, password)).resolves.toEqual(expect.any(String));
      expect((await t.app.get(SeedService).run()).generatedAdminPassword).toBeUndefined();
    } finally {
      await t.close();
    }
  });
});

describe('static client', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    mkdirSync(join(t.config.clientDir, 'admin'), { recursive: true });
    mkdirSync(join(t.config.clientDir, 'assets'), { recursive: true });
    writeFileSync(join(t.config.clientDir, 'index.html'), '<!doctype html><title>casque</title>');
    writeFileSync(
      join(t.config.clientDir, 'admin', 'index.html'),
      '<!doctype html><title>back-office</title>',
    );
    writeFileSync(join(t.config.clientDir, 'assets', 'app-1234.js'), 'console.log(1)');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should serve the headset app at / and the back-office at /admin and any /admin/* page', async () => {
    expect((await t.api('GET', '/')).body).toContain('casque');
    expect((await t.api('GET', '/admin')).body).toContain('back-office');
    const deep = await t.api('GET', '/admin/profils/ABCDE-FGHJK');
    expect(deep.status).toBe(200);
    expect(deep.body).toContain('back-office');
    expect(deep.headers.get('cache-control')).toBe('no-cache');
  });

  it('should cache hashed assets forever when they are requested', async () => {
    const response = await t.api('GET', '/assets/app-1234.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('should keep JSON errors under /api when a route does not exist', async () => {
    const response = await t.api('GET', '/api/nope');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('ROUTE_NOT_FOUND');
  });
});
