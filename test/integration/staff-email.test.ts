import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { SMTPServer } from 'smtp-server';
import { GAP, siteIdOf } from './support/staff.js';
import { startTestApp, type TestApp } from './support/test-app.js';

jest.setTimeout(180_000);

const STRONG = 'hirondelle-pastel-randonnee-2031';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on a free port that keeps every message it accepts. */
async function startSmtp(): Promise<{ port: number; inbox: Received[]; close(): Promise<void> }> {
  const inbox: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, inbox, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The decoded subject and plain-text part of a raw message (nodemailer: quoted-printable / base64). */
function decode(raw: string): { subject: string; text: string } {
  const subjectLine = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  const subject = subjectLine
    .replace(/\r\n[ \t]/g, ' ')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(
            data
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    )
    .trim();
  const part = /Content-Type: text\/plain[^]*?\r\n\r\n([^]*?)\r\n--/i.exec(raw)?.[0] ?? '';
  const body = part
    .split('\r\n\r\n')
    .slice(1)
    .join('\r\n\r\n')
    .replace(/\r\n--$/, '');
  const text = /Content-Transfer-Encoding: base64/i.test(part)
    ? Buffer.from(body, 'base64').toString('utf8')
    : Buffer.from(
        body
          .replace(/=\r\n/g, '')
          .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
        'latin1',
      ).toString('utf8');
  return { subject, text };
}

const linkIn = (text: string) => /https?:\/\/\S+\/admin\/#\/invitation\/([\w-]{43})/.exec(text);

describe('staff links sent by e-mail', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  let admin: string;
  let gapId: string;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}` } });
    admin = await t.login();
    gapId = await siteIdOf(t, GAP);
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.close().catch(() => undefined);
  });

  let userId: string;

  it('should e-mail the invitation in French, not return the link, and the link should set the password', async () => {
    const response = await t.api('POST', '/api/v1/staff', {
      token: admin,
      body: { email: 'Lea.Martin@cdm.fr', displayName: 'Léa Martin', role: 'counsellor', siteIds: [gapId] },
    });
    expect(response.status).toBe(201);
    expect(response.body.invitation).toEqual({ expiresAt: expect.any(String), emailed: true });
    userId = response.body.user.id;

    expect(smtp.inbox).toHaveLength(1);
    const [message] = smtp.inbox;
    expect(message.to).toEqual(['lea.martin@cdm.fr']);
    expect(message.from).toBe('no-reply@eclore.local');
    const { subject, text } = decode(message.raw);
    expect(subject).toBe('Votre compte Éclore');
    expect(text).toContain('Bonjour Léa Martin');
    expect(text).toContain('conseiller ou conseillère');
    expect(text).toMatch(/valable jusqu’au \p{L}+ \d{1,2} \p{L}+ \d{4} à \d{2}:\d{2}/u);
    expect(text).toContain('Si vous n’attendiez pas ce message');
    const link = linkIn(text);
    expect(link).not.toBeNull();
    expect(link![0].startsWith(t.baseUrl)).toBe(true);

    const token = link![1];
    expect((await t.api('GET', `/api/v1/auth/invitations/${token}`)).body).toEqual({
      email: 'lea.martin@cdm.fr',
      displayName: 'Léa Martin',
      kind: 'invitation',
    });
    expect(
      (await t.api('POST', `/api/v1/auth/invitations/${token}`, { body: { password: STRONG } })).status,
    ).toBe(204);
    await t.login('lea.martin@cdm.fr', STRONG);
  });

  it('should e-mail the reset link, which sets a new password', async () => {
    const response = await t.api('POST', `/api/v1/staff/${userId}/reset`, { token: admin });
    expect(response.status).toBe(200);
    expect(response.body.invitation).toEqual({ expiresAt: expect.any(String), emailed: true });
    expect(smtp.inbox).toHaveLength(2);
    const { subject, text } = decode(smtp.inbox[1].raw);
    expect(smtp.inbox[1].to).toEqual(['lea.martin@cdm.fr']);
    expect(subject).toBe('Votre compte Éclore\u00a0: nouveau mot de passe');
    const token = linkIn(text)![1];
    expect((await t.api('GET', `/api/v1/auth/invitations/${token}`)).body.kind).toBe('reset');
    const next = `${STRONG}-bis`;
    expect(
      (await t.api('POST', `/api/v1/auth/invitations/${token}`, { body: { password: next } })).status,
    ).toBe(204);
    await t.login('lea.martin@cdm.fr', next);
  });

  it('should return the link to hand over when the SMTP server is down', async () => {
    await smtp.close();
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const created = await t.api('POST', '/api/v1/staff', {
      token: admin,
      body: { email: 'noe.petit@cdm.fr', displayName: 'Noé Petit', role: 'editor', siteIds: [] },
    });
    expect(created.status).toBe(201);
    expect(created.body.invitation).toEqual({
      url: expect.stringMatching(/\/admin\/#\/invitation\/[\w-]{43}$/),
      expiresAt: expect.any(String),
      emailed: false,
    });
    const token = created.body.invitation.url.split('/').at(-1);
    expect((await t.api('GET', `/api/v1/auth/invitations/${token}`)).body.email).toBe('noe.petit@cdm.fr');

    const reset = await t.api('POST', `/api/v1/staff/${userId}/reset`, { token: admin });
    expect(reset.status).toBe(200);
    expect(reset.body.invitation).toMatchObject({ url: expect.any(String), emailed: false });
    expect(smtp.inbox).toHaveLength(2);

    const warnings = warn.mock.calls.map((call) => String(call[0])).filter((m) => m.includes('e-mail'));
    expect(warnings).toHaveLength(2);
    for (const line of warnings) {
      expect(line).toContain('en échec');
      expect(line).not.toContain(token);
      expect(line).not.toContain(reset.body.invitation.url.split('/').at(-1));
    }
    warn.mockRestore();
  });
});
