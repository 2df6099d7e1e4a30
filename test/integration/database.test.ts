import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../server/src/database/options.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { createTestDatabase, startTestApp, type TestApp } from './support/test-app.js';

// Each file boots the whole app on its own database: slow on a shared 2-core machine.
jest.setTimeout(60_000);

describe('migrations', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource({ ...buildDataSourceOptions(database.url), logging: false });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('should create every table and leave nothing for the entities to migrate when applied to an empty database', async () => {
    const applied = await dataSource.runMigrations();
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => new m().name ?? m.name));

    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);

    const tables = (await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    )) as { table_name: string }[];
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining([
        'audit_log',
        'competency_scores',
        'demographics',
        'events',
        'scenario_versions',
        'scenarios',
        'sites',
        'staff_users',
        'visitor_sessions',
      ]),
    );
    const constraints = (await dataSource.query(
      `SELECT conname FROM pg_constraint WHERE conname = 'uq_event_id'`,
    )) as unknown[];
    expect(constraints).toHaveLength(1);
  });

  it('should drop every table when all migrations are reverted', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
    const tables = (await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    )) as unknown[];
    expect(tables).toEqual([]);
    await dataSource.runMigrations();
  });
});

describe('GET /api/health', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should answer 200 with the database up when migrations have run', async () => {
    const response = await t.api('GET', '/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', db: 'up' });
  });

  it('should serve the OpenAPI document with the versioned routes when /api/docs-json is requested', async () => {
    const response = await t.api<{ paths: Record<string, unknown> }>('GET', '/api/docs-json');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/v1/catalog',
        '/api/v1/sessions',
        '/api/v1/sessions/{id}/events',
        '/api/v1/auth/login',
        '/api/v1/profiles/{code}',
      ]),
    );
    expect((await t.api('GET', '/api/docs')).status).toBe(200);
  });

  it('should send security headers when any route answers', async () => {
    const response = await t.api('GET', '/api/health');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('should answer 503 with the database down when Postgres cannot be reached', async () => {
    await t.dataSource.destroy();
    const response = await t.api('GET', '/api/health');
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ status: 'error', db: 'down' });
    await t.dataSource.initialize();
  });
});
