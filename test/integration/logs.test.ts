// The server's log as an operator reads it: JSON lines with a request id, expected states not logged
// as errors, nothing a visitor said or holds. The built app (`npm run build:server` first).
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateFollowUpCode } from '../../engine/src/follow-up-code.js';
import { startBuiltApp, type RunningApp } from '../support/app-process.js';
import { createTestDatabase } from './support/test-app.js';

jest.setTimeout(120_000);

const PASSWORD = 'mot-de-passe-de-test';
const TRANSCRIPT = 'je-dis-un-secret-au-technicien';

describe('server logs', () => {
  let app: RunningApp;
  let root: string;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let lines: Record<string, unknown>[];
  let raw: string;
  const followUpCode = generateFollowUpCode();
  const headers: Record<string, Headers> = {};

  const call = async (name: string, method: string, path: string, init: RequestInit = {}) => {
    const response = await fetch(`${app.baseUrl}${path}`, { method, ...init });
    headers[name] = response.headers;
    return { status: response.status, body: await response.json().catch(() => undefined) };
  };
  const json = (body: unknown, extra: Record<string, string> = {}) => ({
    headers: { 'content-type': 'application/json', ...extra },
    body: JSON.stringify(body),
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    root = mkdtempSync('/tmp/eclore-logs-');
    chmodSync(root, 0o755);
    app = await startBuiltApp({
      dataDir: root,
      env: {
        DATABASE_URL: database.url,
        ECLORE_NARRATIVES_DIR: resolve('test/integration/fixtures/narratives'),
        ECLORE_CLIENT_DIR: '/nonexistent',
        ADMIN_PASSWORD: PASSWORD,
        LOG_LEVEL: 'info',
      },
    });

    await call('health', 'GET', '/api/health', { headers: { 'x-request-id': 'essai-42' } });
    await call('fresh', 'GET', '/api/health');
    await call(
      'login',
      'POST',
      '/api/v1/auth/login',
      json({ email: 'admin@eclore.local', password: PASSWORD }),
    );
    const cookie = /eclore_staff=[^;]+/.exec(headers.login?.get('set-cookie') ?? '')?.[0] ?? '';
    expect(
      (
        await call('profile', 'GET', `/api/v1/profiles/${followUpCode}`, {
          headers: { cookie },
        })
      ).status,
    ).toBe(404);
    const catalog = await call('catalog', 'GET', '/api/v1/catalog');
    const { id: scenarioId, versionId } = catalog.body.scenarios[0];
    const sessionId = randomUUID();
    await call(
      'session',
      'POST',
      '/api/v1/sessions',
      json({ id: sessionId, scenarioId, versionId, followUpCode, startedAt: new Date().toISOString() }),
    );
    const event = {
      id: randomUUID(),
      seq: 0,
      type: 'utterance.heard',
      at: new Date().toISOString(),
      payload: { step: 0, transcript: TRANSCRIPT, choiceIndex: 0, confidence: 0.9, via: 'matcher' },
    };
    expect(
      (await call('events', 'POST', `/api/v1/sessions/${sessionId}/events`, json({ events: [event] })))
        .status,
    ).toBe(200);
    // « Mes données »: the code travels in the body, which is never logged.
    expect(
      (await call('my-data', 'POST', '/api/v1/my-data/lookup', json({ code: followUpCode }))).status,
    ).toBe(200);
    expect(
      (await call('my-data-erase', 'POST', '/api/v1/my-data/erase', json({ code: followUpCode }))).status,
    ).toBe(204);
    expect(
      (
        await call('malformed', 'POST', '/api/v1/sessions', {
          headers: { 'content-type': 'application/json' },
          body: `{"transcript":"${TRANSCRIPT}"`,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call('stt', 'POST', '/api/v1/speech/transcribe', {
          headers: { 'content-type': 'audio/wav' },
          body: Buffer.from('RIFF0000WAVEfmt '),
        })
      ).status,
    ).toBe(503);

    await new Promise((done) => setTimeout(done, 300));
    raw = readFileSync(app.logFile, 'utf8');
    lines = raw
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  });

  afterAll(async () => {
    app?.child.kill('SIGKILL');
    await database?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  it('should echo the client X-Request-Id, or give a new one, and log it with the request', () => {
    expect(headers.health.get('x-request-id')).toBe('essai-42');
    expect(headers.fresh.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const line = lines.find((l) => (l.req as { id?: string } | undefined)?.id === 'essai-42');
    expect(line).toMatchObject({
      level: 30,
      req: { method: 'GET', url: '/api/health' },
      res: { statusCode: 200 },
    });
    expect(typeof line!.time).toBe('string');
  });

  it('should log 4xx and an unconfigured STT as plain request lines, not errors with stacks', () => {
    const byStatus = (status: number) =>
      lines.filter((l) => (l.res as { statusCode?: number } | undefined)?.statusCode === status);
    expect(byStatus(400).map((l) => l.level)).toEqual([30]);
    expect(byStatus(404).map((l) => l.level)).toEqual([30]);
    expect(byStatus(503).map((l) => l.level)).toEqual([40]);
    expect(lines.filter((l) => Number(l.level) >= 50)).toEqual([]);
    expect(raw).not.toMatch(/"stack"|\n\s+at /);
  });

  it('should never log a transcript, a follow-up code or a request body', () => {
    expect(raw).not.toContain(TRANSCRIPT);
    expect(raw).not.toContain(followUpCode);
    expect(raw).not.toContain(followUpCode.replace('-', ''));
    expect(
      lines.some((l) => (l.req as { url?: string } | undefined)?.url === '/api/v1/my-data/erase'),
    ).toBe(true);
    expect(
      lines.some((l) => String((l.req as { url?: string } | undefined)?.url).includes('/profiles/[masqué]')),
    ).toBe(true);
  });
});
