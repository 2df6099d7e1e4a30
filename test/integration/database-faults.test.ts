// Postgres down, killed or broken, and the app killed or stopped under load: the built app as a child
// process (`npm run build:server` first), as an operator would run it.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer, type Server } from 'node:net';
import { join, resolve } from 'node:path';
import { APP_MAIN, exitOf, freePort, startBuiltApp, type RunningApp } from '../support/app-process.js';
import { createControlledPostgres, type ControlledPostgres } from '../support/postgres-cluster.js';

jest.setTimeout(180_000);

const NARRATIVES = resolve('test/integration/fixtures/narratives');
const ENV = {
  ECLORE_NARRATIVES_DIR: NARRATIVES,
  ADMIN_PASSWORD: 'mot-de-passe-de-test',
  ECLORE_CLIENT_DIR: '/nonexistent',
};
const roots: string[] = [];

function tempRoot(): string {
  const root = mkdtempSync('/tmp/eclore-faults-');
  chmodSync(root, 0o755);
  roots.push(root);
  return root;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const postmasterPid = (dataDir: string) =>
  Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

async function health(app: RunningApp): Promise<{ status: number; db: string }> {
  const response = await fetch(`${app.baseUrl}/api/health`);
  return { status: response.status, db: ((await response.json()) as { db: string }).db };
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('Postgres down (external DATABASE_URL)', () => {
  let pg: ControlledPostgres;
  let app: RunningApp;

  beforeAll(async () => {
    const root = tempRoot();
    pg = await createControlledPostgres(root, await freePort());
    app = await startBuiltApp({ dataDir: root, env: { ...ENV, DATABASE_URL: pg.url } });
  });

  afterAll(async () => {
    app?.child.kill('SIGKILL');
    await pg?.kill();
  });

  it('should answer 503 DATABASE_UNAVAILABLE with Retry-After, log one line, and recover by itself when Postgres comes back', async () => {
    await pg.kill('SIGKILL');
    const session = {
      id: '6f1c1d9e-3f7a-4a53-9d55-5b0f3c1f2a10',
      scenarioId: 'mini-eolien',
      versionId: 'a'.repeat(64),
      followUpCode: 'ABCDEFGHJK',
      startedAt: new Date().toISOString(),
    };
    for (let i = 0; i < 10; i++) {
      for (const [method, path, body] of [
        ['GET', '/api/v1/catalog', undefined],
        ['POST', '/api/v1/sessions', session],
        ['POST', `/api/v1/sessions/${session.id}/complete`, {}],
      ] as const) {
        const response = await fetch(`${app.baseUrl}${path}`, {
          method,
          headers: body ? { 'content-type': 'application/json' } : {},
          body: body ? JSON.stringify(body) : undefined,
        });
        expect({ path, status: response.status }).toEqual({ path, status: 503 });
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(await response.json()).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE' });
      }
    }
    expect(await health(app)).toEqual({ status: 503, db: 'down' });

    await pg.start();
    await waitFor('health up', async () => ((await health(app)).db === 'up' ? true : undefined));
    expect((await fetch(`${app.baseUrl}/api/v1/catalog`)).status).toBe(200);

    const log = readFileSync(app.logFile, 'utf8');
    expect(log.match(/Base de données injoignable/g)).toHaveLength(1);
    expect(log).not.toMatch(/\n\s+at /);
    expect(log).not.toContain('"level":50');
  });
});

describe('embedded Postgres and the app process', () => {
  let root: string;
  let app: RunningApp | undefined;

  beforeAll(() => {
    root = tempRoot();
  });

  afterAll(() => {
    app?.child.kill('SIGKILL');
    try {
      process.kill(postmasterPid(root), 'SIGINT');
    } catch {
      // already stopped
    }
  });

  it('should restart the embedded Postgres when it is killed', async () => {
    app = await startBuiltApp({ dataDir: root, env: ENV });
    const first = postmasterPid(root);
    process.kill(first, 'SIGKILL');
    await waitFor('a new postmaster', async () => {
      const pid = postmasterPid(root);
      return pid !== first && (await health(app!)).db === 'up' ? pid : undefined;
    });
    expect(readFileSync(app.logFile, 'utf8')).toContain('redémarrage en cours');
  });

  it('should stop the orphaned Postgres of its data dir and start when the app was killed with SIGKILL', async () => {
    app!.child.kill('SIGKILL');
    await exitOf(app!.child);
    const orphan = postmasterPid(root);
    expect(isAlive(orphan)).toBe(true);
    app = await startBuiltApp({ dataDir: root, env: ENV });
    expect(isAlive(orphan)).toBe(false);
    expect(readFileSync(app.logFile, 'utf8')).toContain('orpheline');
    expect((await health(app)).db).toBe('up');
  });

  it('should exit 0 within a few seconds when SIGTERM arrives under keep-alive load', async () => {
    const running = app!;
    const agent = new Agent({ keepAlive: true, maxSockets: 16 });
    const statuses: number[] = [];
    let closeHeaders = 0;
    let stop = false;
    let signalled = false;
    const hammer = async () => {
      while (!stop) {
        await new Promise<void>((done) => {
          const req = request(`${running.baseUrl}/api/v1/catalog`, { agent }, (res) => {
            statuses.push(res.statusCode ?? 0);
            if (res.statusCode === 503 && res.headers.connection === 'close') closeHeaders++;
            res.resume();
            res.on('end', () => done());
          });
          // After SIGTERM the server closes connections: the loop ends there.
          req.on('error', () => {
            if (signalled) stop = true;
            done();
          });
          req.end();
        });
      }
    };
    const clients = Array.from({ length: 16 }, hammer);
    await waitFor('requests flowing', async () =>
      statuses.filter((s) => s === 200).length > 20 ? true : undefined,
    );
    const sentAt = Date.now();
    signalled = true;
    running.child.kill('SIGTERM');
    const exit = await exitOf(running.child);
    const tookMs = Date.now() - sentAt;
    stop = true;
    await Promise.all(clients);
    agent.destroy();
    expect(exit).toEqual({ code: 0, signal: null });
    expect(tookMs).toBeLessThan(5000);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    // While draining, a refused request also closes its kept-alive connection.
    expect(closeHeaders).toBe(statuses.filter((s) => s === 503).length);
    expect(readFileSync(running.logFile, 'utf8')).toContain('Éclore est arrêté.');
    // Postgres was stopped with the app.
    expect(() => readFileSync(join(root, 'pg', 'postmaster.pid'))).toThrow();
    app = undefined;
  });
});

describe('start failures name their cause', () => {
  let clean: string;
  let held: Server;
  let heldPort: number;

  beforeAll(async () => {
    clean = tempRoot();
    const app = await startBuiltApp({ dataDir: clean, env: ENV });
    app.child.kill('SIGTERM');
    expect(await exitOf(app.child)).toEqual({ code: 0, signal: null });
    heldPort = await freePort();
    held = createServer().listen(heldPort, 'localhost');
  });

  afterAll(() => held?.close());

  /** A copy of the clean data dir, broken by `breakIt`. */
  function brokenCopy(breakIt: (dataDir: string) => void): string {
    const root = tempRoot();
    // cp -a keeps the owner (user postgres when run as root) and the 0700 mode.
    execFileSync('cp', ['-a', join(clean, 'pg'), join(clean, 'pg.password'), root]);
    breakIt(root);
    return root;
  }

  async function failedStart(dataDir: string, env: Record<string, string> = {}) {
    const inherited = { ...process.env };
    delete inherited.DATABASE_URL;
    const child = spawn(process.execPath, [APP_MAIN], {
      env: { ...inherited, ...ENV, PORT: String(await freePort()), ECLORE_DATA_DIR: dataDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    const exit = await exitOf(child);
    return { code: exit.code, output };
  }

  it('should exit 1 naming the cause, without writing to the data dir, for each broken start', async () => {
    const cases: [string, (dir: string) => void, RegExp, Record<string, string>?][] = [
      ['no PG_VERSION', (dir) => rmSync(join(dir, 'pg', 'PG_VERSION')), /PG_VERSION manque/],
      [
        'a bad postgresql.conf',
        (dir) =>
          writeFileSync(join(dir, 'pg', 'postgresql.conf'), 'shared_buffers = = beaucoup\n', { flag: 'a' }),
        /postgresql\.conf.*contient une erreur \(ligne \d+\)/,
      ],
      [
        'a corrupt pg_control',
        (dir) => {
          const file = join(dir, 'pg', 'global', 'pg_control');
          const bytes = readFileSync(file);
          bytes.fill(0x5a, 16, 256);
          writeFileSync(file, bytes);
        },
        /fichier de contrôle .*pg_control est corrompu/,
      ],
      ['bad permissions', (dir) => chmodSync(join(dir, 'pg'), 0o777), /droits incorrects/],
      [
        'a data dir that is a file',
        (dir) => {
          rmSync(join(dir, 'pg'), { recursive: true });
          writeFileSync(join(dir, 'pg'), 'pas un dossier');
        },
        /est un fichier, pas un dossier/,
      ],
      [
        'its port taken',
        () => undefined,
        new RegExp(`port ${heldPort} est déjà utilisé`),
        { EMBEDDED_PG_PORT: String(heldPort) },
      ],
    ];
    // All at once: each start fails within seconds, before any database work.
    const results = await Promise.all(
      cases.map(async ([what, breakIt, message, env]) => {
        const root = brokenCopy(breakIt);
        const password = readFileSync(join(root, 'pg.password'), 'utf8');
        const { code, output } = await failedStart(root, env);
        return {
          what,
          code,
          named: message.test(output),
          unexpected: output.includes('erreur inattendue'),
          passwordKept: readFileSync(join(root, 'pg.password'), 'utf8') === password,
          output: message.test(output) ? '' : output,
        };
      }),
    );
    expect(results).toEqual(
      cases.map(([what]) => ({
        what,
        code: 1,
        named: true,
        unexpected: false,
        passwordKept: true,
        output: '',
      })),
    );
  });
});
