import { createHash, randomUUID } from 'node:crypto';
import { hashPassword } from '../../server/src/modules/auth/password.js';
import { DevicesController } from '../../server/src/modules/devices/devices.controller.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Each file boots the whole app on its own database: slow on a shared 2-core machine.
jest.setTimeout(60_000);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe(DevicesController.name, () => {
  let t: TestApp;
  let adminToken: string;
  let counsellorToken: string;
  let editorToken: string;
  let siteId: string;
  // The pairing route is rate-limited per client IP; with TRUST_PROXY=loopback the app trusts X-Forwarded-For
  // from loopback, so each test pairs from its own address and only the rate-limit test exhausts one.
  let nextIp = 1;
  const freshIp = () => `198.51.100.${nextIp++}`;

  const addStaff = async (email: string, password: string, role: string) => {
    await t.dataSource.query(`INSERT INTO staff_users (email, password_hash, role) VALUES ($1, $2, $3)`, [
      email,
      await hashPassword(password),
      role,
    ]);
    return t.login(email, password);
  };
  const createCode = (body: unknown, token = adminToken) =>
    t.api('POST', '/api/v1/devices/pairing-codes', { body, token });
  const pair = (body: unknown, ip = freshIp()) =>
    t.api('POST', '/api/v1/devices/pair', { body, headers: { 'x-forwarded-for': ip } });
  const pairNewDevice = async (label = 'Casque test') => {
    const { body } = await createCode({ label, siteId });
    const paired = await pair({ code: body.code });
    expect(paired.status).toBe(201);
    return paired.body as { deviceId: string; token: string };
  };
  const listDevices = async () => {
    const response = await t.api('GET', '/api/v1/devices', { token: adminToken });
    expect(response.status).toBe(200);
    return response.body.devices as { id: string; label: string; lastSeenAt: string | null }[];
  };
  const auditActions = async (targetId: string) =>
    (
      (await t.dataSource.query(
        `SELECT action, actor_id, details FROM audit_log WHERE target_id = $1 ORDER BY id`,
        [targetId],
      )) as { action: string; actor_id: string | null; details: Record<string, unknown> }[]
    ).map((row) => row.action);

  beforeAll(async () => {
    t = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
    adminToken = await t.login();
    counsellorToken = await addStaff('conseillere@test.eclore', 'conseil-secret-1', 'counsellor');
    editorToken = await addStaff('redacteur@test.eclore', 'redac-secret-12', 'editor');
    [{ id: siteId }] = (await t.dataSource.query(
      `INSERT INTO sites (name) VALUES ('Cité des métiers — Marseille') RETURNING id`,
    )) as { id: string }[];
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('POST /api/v1/devices/pairing-codes', () => {
    it('should return a 6-digit code valid 10 minutes and store only its hash when an admin asks', async () => {
      const before = Date.now();
      const response = await createCode({ label: 'Casque 1', siteId });
      expect(response.status).toBe(201);
      expect(response.body.code).toMatch(/^\d{3}-\d{3}$/);
      const expiresIn = Date.parse(response.body.expiresAt) - before;
      expect(expiresIn).toBeGreaterThan(9.5 * 60_000);
      expect(expiresIn).toBeLessThan(10.5 * 60_000);

      const rows = (await t.dataSource.query(
        `SELECT id, to_jsonb(c)::text AS row FROM device_pairing_codes c ORDER BY created_at DESC LIMIT 1`,
      )) as { id: string; row: string }[];
      const digits = (response.body.code as string).replace('-', '');
      expect(rows[0]!.row).not.toContain(digits);
      const audit = (await t.dataSource.query(
        `SELECT action, details::text FROM audit_log WHERE target_id = $1`,
        [rows[0]!.id],
      )) as { action: string; details: string }[];
      expect(audit).toHaveLength(1);
      expect(audit[0]!.action).toBe('device.pairing_code.created');
      expect(audit[0]!.details).not.toContain(digits);
    });

    it('should answer 403 when a counsellor or an editor asks for a code', async () => {
      for (const token of [counsellorToken, editorToken]) {
        const response = await createCode({ label: 'Casque', siteId }, token);
        expect(response.status).toBe(403);
        expect(response.body.code).toBe('FORBIDDEN_ROLE');
      }
    });

    it('should answer 401 when nobody is signed in', async () => {
      const response = await t.api('POST', '/api/v1/devices/pairing-codes', {
        body: { label: 'Casque', siteId },
      });
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('AUTH_REQUIRED');
    });

    it.each([
      ['the label is missing', {}],
      ['the label is blank', { label: '   ' }],
      ['the label is too long', { label: 'x'.repeat(101) }],
      ['the label is not text', { label: 42 }],
      ['the site id is not a UUID', { label: 'Casque', siteId: 'marseille' }],
      ['the site is missing (a headset belongs to a site)', { label: 'Casque' }],
      ['an unknown field is sent', { label: 'Casque', token: 'abc' }],
    ])('should answer 400 VALIDATION_FAILED in French when %s', async (_case, body) => {
      const response = await createCode(body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.message).toMatch(/^La requête contient des données invalides/);
    });

    it('should answer 400 MALFORMED_JSON when the body is not JSON', async () => {
      const response = await t.api('POST', '/api/v1/devices/pairing-codes', {
        rawBody: '{"label": ',
        token: adminToken,
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('MALFORMED_JSON');
    });

    it('should answer 404 SITE_NOT_FOUND when the site is deactivated', async () => {
      const [{ id }] = (await t.dataSource.query(
        `INSERT INTO sites (name, active) VALUES ('Ancien centre', false) RETURNING id`,
      )) as { id: string }[];
      const response = await createCode({ label: 'Casque', siteId: id });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('SITE_NOT_FOUND');
    });

    it('should answer 404 SITE_NOT_FOUND when the site does not exist', async () => {
      const response = await createCode({ label: 'Casque', siteId: randomUUID() });
      expect(response.status).toBe(404);
      expect(response.body).toEqual({
        statusCode: 404,
        code: 'SITE_NOT_FOUND',
        message: 'Ce site n’existe pas.',
      });
    });
  });

  describe('POST /api/v1/devices/pair', () => {
    it('should return a device id and a 256-bit token stored only as its sha256 when the code is valid', async () => {
      const { body: code } = await createCode({ label: 'Casque accueil', siteId });
      const response = await pair({ code: code.code });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({ deviceId: expect.any(String), token: expect.any(String) });
      const { deviceId, token } = response.body as { deviceId: string; token: string };
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);

      const [device] = (await t.dataSource.query(
        `SELECT label, site_id, token_hash, to_jsonb(d)::text AS row FROM devices d WHERE id = $1`,
        [deviceId],
      )) as { label: string; site_id: string; token_hash: string; row: string }[];
      expect(device).toMatchObject({ label: 'Casque accueil', site_id: siteId, token_hash: sha256(token) });
      expect(device!.row).not.toContain(token);
      expect(await auditActions(deviceId)).toEqual(['device.paired']);
    });

    it('should accept the code typed with a space or without separator when pairing', async () => {
      const first = (await createCode({ label: 'Casque A', siteId })).body.code as string;
      const second = (await createCode({ label: 'Casque B', siteId })).body.code as string;
      expect((await pair({ code: first.replace('-', ' ') })).status).toBe(201);
      expect((await pair({ code: ` ${second.replace('-', '')} ` })).status).toBe(201);
    });

    it('should answer 410 PAIRING_CODE_USED when the same code is exchanged a second time', async () => {
      const { code } = (await createCode({ label: 'Casque unique', siteId })).body as { code: string };
      expect((await pair({ code })).status).toBe(201);
      const again = await pair({ code });
      expect(again.status).toBe(410);
      expect(again.body).toEqual({
        statusCode: 410,
        code: 'PAIRING_CODE_USED',
        message: 'Ce code d’appairage a déjà servi : demandez-en un nouveau.',
      });
    });

    it('should pair exactly one headset when two exchange the same code at the same time', async () => {
      const { code } = (await createCode({ label: 'Casque disputé', siteId })).body as { code: string };
      const answers = await Promise.all(Array.from({ length: 4 }, () => pair({ code })));
      expect(answers.map((a) => a.status).sort()).toEqual([201, 410, 410, 410]);
      const devices = (await t.dataSource.query(
        `SELECT id FROM devices WHERE label = 'Casque disputé'`,
      )) as unknown[];
      expect(devices).toHaveLength(1);
    });

    it('should answer 410 PAIRING_CODE_EXPIRED when the code is older than 10 minutes', async () => {
      const { code } = (await createCode({ label: 'Casque en retard', siteId })).body as { code: string };
      await t.dataSource.query(
        `UPDATE device_pairing_codes SET expires_at = now() - interval '1 second' WHERE label = 'Casque en retard'`,
      );
      const response = await pair({ code });
      expect(response.status).toBe(410);
      expect(response.body.code).toBe('PAIRING_CODE_EXPIRED');
      expect(response.body.message).toBe('Ce code d’appairage a expiré : demandez-en un nouveau.');
      const devices = (await t.dataSource.query(
        `SELECT id FROM devices WHERE label = 'Casque en retard'`,
      )) as unknown[];
      expect(devices).toEqual([]);
    });

    it('should answer 400 PAIRING_CODE_INVALID when no such code was issued', async () => {
      const issued = new Set(
        (
          (await t.dataSource.query(`SELECT code_hash FROM device_pairing_codes`)) as { code_hash: string }[]
        ).map((r) => r.code_hash),
      );
      // The first code of the sequence that was never issued.
      let candidate = 0;
      while (issued.has(sha256(`pairing:${String(candidate).padStart(6, '0')}`))) candidate++;
      const digits = String(candidate).padStart(6, '0');
      const response = await pair({ code: `${digits.slice(0, 3)}-${digits.slice(3)}` });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('PAIRING_CODE_INVALID');
      expect(response.body.message).toMatch(/code d’appairage n’existe pas/);
    });

    it.each([
      ['the code is missing', {}],
      ['the code has five digits', { code: '12-345' }],
      ['the code has letters', { code: 'abc-def' }],
      ['the code is a number', { code: 123456 }],
      ['an unknown field is sent', { code: '123-456', label: 'pirate' }],
      ['the body is an array', [{ code: '123-456' }]],
    ])('should answer 400 VALIDATION_FAILED when %s', async (_case, body) => {
      const response = await pair(body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    });

    it('should answer 429 RATE_LIMITED when one address keeps guessing codes', async () => {
      const ip = freshIp();
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await pair({ code: '999-999' }, ip)).status);
      expect(statuses.slice(0, 10).every((s) => s === 400 || s === 410)).toBe(true);
      expect(statuses.slice(10)).toEqual([429, 429]);
      const otherAddress = await pair({ code: '999-999' });
      expect(otherAddress.status).not.toBe(429);
    });
  });

  describe('GET /api/v1/devices', () => {
    it('should list paired devices with site, pairing time and last seen time when an admin asks', async () => {
      const { deviceId } = await pairNewDevice('Casque listé');
      const devices = await listDevices();
      const listed = devices.find((d) => d.id === deviceId);
      expect(listed).toEqual({
        id: deviceId,
        label: 'Casque listé',
        siteId,
        siteName: 'Cité des métiers — Marseille',
        site: { id: siteId, name: 'Cité des métiers — Marseille' },
        pairedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        lastSeenAt: null,
      });
      expect(JSON.stringify(devices)).not.toMatch(/token/i);
    });

    it('should answer 403 when a counsellor or an editor asks for the list', async () => {
      for (const token of [counsellorToken, editorToken]) {
        const response = await t.api('GET', '/api/v1/devices', { token });
        expect(response.status).toBe(403);
        expect(response.body.code).toBe('FORBIDDEN_ROLE');
      }
    });
  });

  describe('Authorization: Device <token>', () => {
    it('should recognise the headset and record when it was last seen when it sends its token', async () => {
      const { deviceId, token } = await pairNewDevice('Casque actif');
      const response = await t.api('GET', '/api/v1/devices/me', {
        headers: { authorization: `Device ${token}` },
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        id: deviceId,
        label: 'Casque actif',
        siteId,
        siteName: 'Cité des métiers — Marseille',
      });
      const listed = (await listDevices()).find((d) => d.id === deviceId);
      expect(Date.now() - Date.parse(listed!.lastSeenAt!)).toBeLessThan(60_000);
    });

    it('should answer 401 DEVICE_TOKEN_REQUIRED when a device route is called without a token', async () => {
      for (const headers of [{}, { authorization: `Bearer ${adminToken}` }] as Record<string, string>[]) {
        const response = await t.api('GET', '/api/v1/devices/me', { headers });
        expect(response.status).toBe(401);
        expect(response.body.code).toBe('DEVICE_TOKEN_REQUIRED');
      }
    });

    it('should answer 401 DEVICE_TOKEN_INVALID when the token is unknown', async () => {
      const response = await t.api('GET', '/api/v1/devices/me', {
        headers: { authorization: `Device ${Buffer.alloc(32, 7).toString('base64url')}` },
      });
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('DEVICE_TOKEN_INVALID');
      expect(response.body.message).toBe('Ce casque n’est plus reconnu : appairez-le de nouveau.');
    });
  });

  describe('DELETE /api/v1/devices/:id', () => {
    it('should refuse the token, drop the device from the list and audit it when an admin revokes it', async () => {
      const { deviceId, token } = await pairNewDevice('Casque perdu');
      const response = await t.api('DELETE', `/api/v1/devices/${deviceId}`, { token: adminToken });
      expect(response.status).toBe(204);

      const me = await t.api('GET', '/api/v1/devices/me', { headers: { authorization: `Device ${token}` } });
      expect(me.status).toBe(401);
      expect(me.body.code).toBe('DEVICE_TOKEN_INVALID');
      expect((await listDevices()).map((d) => d.id)).not.toContain(deviceId);
      expect(await auditActions(deviceId)).toEqual(['device.paired', 'device.revoked']);
    });

    it('should answer 404 DEVICE_NOT_FOUND when the device is unknown, already revoked or not a UUID', async () => {
      const { deviceId } = await pairNewDevice('Casque révoqué deux fois');
      expect((await t.api('DELETE', `/api/v1/devices/${deviceId}`, { token: adminToken })).status).toBe(204);
      for (const id of [deviceId, randomUUID(), 'casque-1']) {
        const response = await t.api('DELETE', `/api/v1/devices/${id}`, { token: adminToken });
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('DEVICE_NOT_FOUND');
      }
    });

    it('should answer 403 and keep the device when a counsellor tries to revoke it', async () => {
      const { deviceId, token } = await pairNewDevice('Casque protégé');
      const response = await t.api('DELETE', `/api/v1/devices/${deviceId}`, { token: counsellorToken });
      expect(response.status).toBe(403);
      const me = await t.api('GET', '/api/v1/devices/me', { headers: { authorization: `Device ${token}` } });
      expect(me.status).toBe(200);
    });
  });

  describe('staff PIN and self-unpairing (device routes)', () => {
    // The PIN routes are rate-limited per address, like pairing: each call from its own.
    const asDevice = (token: string) => ({ authorization: `Device ${token}`, 'x-forwarded-for': freshIp() });

    it('should store only a salted hash of the PIN and check it for this device only', async () => {
      const a = await pairNewDevice('Casque PIN A');
      const b = await pairNewDevice('Casque PIN B');
      const notSet = await t.api('POST', '/api/v1/devices/me/pin/check', {
        body: { pin: '2468' },
        headers: asDevice(a.token),
      });
      expect([notSet.status, notSet.body.code]).toEqual([409, 'STAFF_PIN_NOT_SET']);
      const set = await t.api('PUT', '/api/v1/devices/me/pin', {
        body: { pin: '2468' },
        headers: asDevice(a.token),
      });
      expect(set.status).toBe(204);
      const [{ staff_pin_hash: stored }] = (await t.dataSource.query(
        `SELECT staff_pin_hash FROM devices WHERE id = $1`,
        [a.deviceId],
      )) as { staff_pin_hash: string }[];
      expect(stored).toMatch(/^scrypt\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
      expect(stored).not.toContain('2468');

      const good = await t.api('POST', '/api/v1/devices/me/pin/check', {
        body: { pin: '2468' },
        headers: asDevice(a.token),
      });
      expect([good.status, good.body]).toEqual([200, { ok: true }]);
      const wrong = await t.api('POST', '/api/v1/devices/me/pin/check', {
        body: { pin: '1357' },
        headers: asDevice(a.token),
      });
      expect([wrong.status, wrong.body.code]).toEqual([403, 'STAFF_PIN_WRONG']);
      const other = await t.api('POST', '/api/v1/devices/me/pin/check', {
        body: { pin: '2468' },
        headers: asDevice(b.token),
      });
      expect(other.body.code).toBe('STAFF_PIN_NOT_SET');
      const bad = await t.api('PUT', '/api/v1/devices/me/pin', {
        body: { pin: '12' },
        headers: asDevice(b.token),
      });
      expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      const anonymous = await t.api('POST', '/api/v1/devices/me/pin/check', { body: { pin: '2468' } });
      expect(anonymous.body.code).toBe('DEVICE_TOKEN_REQUIRED');
    });

    it('should change the PIN only with the current one', async () => {
      const { token } = await pairNewDevice('Casque PIN C');
      await t.api('PUT', '/api/v1/devices/me/pin', { body: { pin: '1111' }, headers: asDevice(token) });
      const without = await t.api('PUT', '/api/v1/devices/me/pin', {
        body: { pin: '2222' },
        headers: asDevice(token),
      });
      expect([without.status, without.body.code]).toEqual([403, 'STAFF_PIN_WRONG']);
      const changed = await t.api('PUT', '/api/v1/devices/me/pin', {
        body: { pin: '2222', currentPin: '1111' },
        headers: asDevice(token),
      });
      expect(changed.status).toBe(204);
      const check = await t.api('POST', '/api/v1/devices/me/pin/check', {
        body: { pin: '2222' },
        headers: asDevice(token),
      });
      expect(check.status).toBe(200);
    });

    it('should revoke the headset, drop it from the admin list and audit it when it unpairs itself', async () => {
      const { deviceId, token } = await pairNewDevice('Casque qui part');
      expect((await listDevices()).map((d) => d.id)).toContain(deviceId);
      const response = await t.api('DELETE', '/api/v1/devices/me', { headers: asDevice(token) });
      expect(response.status).toBe(204);
      expect((await listDevices()).map((d) => d.id)).not.toContain(deviceId);
      const me = await t.api('GET', '/api/v1/devices/me', { headers: asDevice(token) });
      expect(me.body.code).toBe('DEVICE_TOKEN_INVALID');
      expect(await auditActions(deviceId)).toEqual(['device.paired', 'device.revoked']);
    });
  });
});
