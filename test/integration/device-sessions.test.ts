import { aSession, anEvent } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Each file boots the whole app on its own database: slow on a shared 2-core machine.
jest.setTimeout(60_000);

describe('sessions opened by a paired headset', () => {
  let t: TestApp;
  let adminToken: string;
  let siteId: string;
  let scenarioId: string;
  let versionId: string;
  let nextIp = 1;

  const pairDevice = async (label: string) => {
    const code = await t.api('POST', '/api/v1/devices/pairing-codes', {
      body: { label, siteId },
      token: adminToken,
    });
    const paired = await t.api('POST', '/api/v1/devices/pair', {
      body: { code: code.body.code },
      headers: { 'x-forwarded-for': `198.51.100.${nextIp++}` },
    });
    expect(paired.status).toBe(201);
    return paired.body as { deviceId: string; token: string };
  };
  const asDevice = (token: string) => ({ authorization: `Device ${token}` });
  const storedSession = async (id: string) =>
    (
      (await t.dataSource.query('SELECT device_id, site_id FROM visitor_sessions WHERE id = $1', [id])) as {
        device_id: string | null;
        site_id: string | null;
      }[]
    )[0];

  beforeAll(async () => {
    t = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
    adminToken = await t.login();
    [{ id: siteId }] = (await t.dataSource.query(
      `INSERT INTO sites (name) VALUES ('Cité des métiers — Marseille') RETURNING id`,
    )) as { id: string }[];
    const catalog = await t.api('GET', '/api/v1/catalog');
    ({ id: scenarioId, versionId } = catalog.body.scenarios[0]);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should link the session to the headset and its site when it is opened with a device token', async () => {
    const { deviceId, token } = await pairDevice('Casque 1');
    const body = aSession({ scenarioId, versionId });
    const created = await t.api('POST', '/api/v1/sessions', { body, headers: asDevice(token) });
    expect(created.status).toBe(201);
    await expect(storedSession(body.id)).resolves.toEqual({ device_id: deviceId, site_id: siteId });

    const events = await t.api('POST', `/api/v1/sessions/${body.id}/events`, {
      body: { events: [anEvent()] },
      headers: asDevice(token),
    });
    expect(events.status).toBe(200);
    const demographics = await t.api('POST', `/api/v1/sessions/${body.id}/demographics`, {
      body: { satisfaction: 5 },
      headers: asDevice(token),
    });
    expect(demographics.status).toBe(200);
  });

  it('should refuse with DEVICE_TOKEN_INVALID and store nothing when the headset was revoked', async () => {
    const { deviceId, token } = await pairDevice('Casque révoqué');
    const kept = aSession({ scenarioId, versionId });
    expect((await t.api('POST', '/api/v1/sessions', { body: kept, headers: asDevice(token) })).status).toBe(
      201,
    );
    const revoked = await t.api('DELETE', `/api/v1/devices/${deviceId}`, { token: adminToken });
    expect(revoked.status).toBe(204);

    const body = aSession({ scenarioId, versionId });
    const refused = await t.api('POST', '/api/v1/sessions', { body, headers: asDevice(token) });
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('DEVICE_TOKEN_INVALID');
    await expect(storedSession(body.id)).resolves.toBeUndefined();

    const event = anEvent();
    const refusedEvents = await t.api('POST', `/api/v1/sessions/${kept.id}/events`, {
      body: { events: [event] },
      headers: asDevice(token),
    });
    expect(refusedEvents.status).toBe(401);
    expect(refusedEvents.body.code).toBe('DEVICE_TOKEN_INVALID');
    const stored = (await t.dataSource.query('SELECT id FROM events WHERE id = $1', [event.id])) as unknown[];
    expect(stored).toEqual([]);
    // Past visits still name the headset.
    await expect(storedSession(kept.id)).resolves.toEqual({ device_id: deviceId, site_id: siteId });

    for (const path of ['/api/v1/dialogue/map-choice', '/api/v1/speech/transcribe']) {
      const response = await t.api('POST', path, { body: {}, headers: asDevice(token) });
      expect({ path, status: response.status, code: response.body.code }).toEqual({
        path,
        status: 401,
        code: 'DEVICE_TOKEN_INVALID',
      });
    }
  });

  it('should store the session without device or site when no token is sent', async () => {
    const body = aSession({ scenarioId, versionId });
    const created = await t.api('POST', '/api/v1/sessions', { body });
    expect(created.status).toBe(201);
    await expect(storedSession(body.id)).resolves.toEqual({ device_id: null, site_id: null });
    const completed = await t.api('POST', `/api/v1/sessions/${body.id}/complete`, { body: {} });
    expect(completed.status).toBe(200);
  });
});
