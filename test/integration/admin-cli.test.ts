import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, type TestApp } from './support/test-app.js';

jest.setTimeout(120_000);

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');

describe('npm run admin', () => {
  let t: TestApp;

  const admin = async (...args: string[]) => {
    try {
      const { stdout } = await run('node', ['node_modules/tsx/dist/cli.mjs', 'scripts/admin.ts', ...args], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: t.databaseUrl, ECLORE_DATA_DIR: t.config.dataDir },
      });
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string };
      return { code: failed.code, stdout: failed.stdout };
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should print a framed one-time link that lets a new admin choose a password when create-admin runs', async () => {
    const { code, stdout } = await admin('create-admin', 'secours@cdm.fr', '--url', t.baseUrl);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^═{64,}$/);
    expect(lines.at(-1)).toMatch(/^═{64,}$/);
    const url = /(http:\/\/\S+\/admin\/#\/invitation\/([\w-]{43}))/.exec(stdout);
    expect(url).not.toBeNull();
    const token = url![2]!;
    expect((await t.api('GET', `/api/v1/auth/invitations/${token}`)).body.kind).toBe('invitation');
    await t.api('POST', `/api/v1/auth/invitations/${token}`, {
      body: { password: 'secours-tres-solide-2026' },
    });
    const session = await t.signIn('secours@cdm.fr', 'secours-tres-solide-2026');
    expect(session.user.role).toBe('admin');
  });

  it('should print a generated password that replaces the old one when reset-password --password runs', async () => {
    const before = await t.signIn('secours@cdm.fr', 'secours-tres-solide-2026');
    const { code, stdout } = await admin('reset-password', 'secours@cdm.fr', '--password');
    expect(code).toBe(0);
    const password = /^ {2}([a-hj-km-np-z2-9]{5}(?:-[a-hj-km-np-z2-9]{5}){3})$/m.exec(stdout)?.[1];
    expect(password).toBeDefined();
    expect((await t.api('GET', '/api/v1/auth/me', { token: before.token })).status).toBe(401);
    await expect(t.signIn('secours@cdm.fr', password)).resolves.toBeDefined();
  });

  it('should list the accounts with their role and refuse an unknown address', async () => {
    const listed = await admin('list');
    expect(listed.stdout).toMatch(/^admin@test\.eclore \| admin \| actif \|/m);
    expect(listed.stdout).toMatch(/^secours@cdm\.fr \| admin \| actif \| dernière connexion /m);
    const unknown = await admin('reset-password', 'personne@cdm.fr');
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain('Aucun compte n’a l’adresse personne@cdm.fr');
  });
});
