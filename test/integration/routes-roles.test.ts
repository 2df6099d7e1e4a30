import { randomUUID } from 'node:crypto';
import { RequestMethod, type ExecutionContext } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { DomainError } from '../../server/src/common/domain-error.js';
import { IS_PUBLIC, ROLES } from '../../server/src/modules/auth/auth.decorators.js';
import { AuthGuard } from '../../server/src/modules/auth/auth.guard.js';
import { AUTH_SECRET } from '../../server/src/modules/auth/session-token.js';
import { StaffSessionsRepository } from '../../server/src/modules/auth/staff-sessions.repository.js';
import { DEVICE_ACCESS } from '../../server/src/modules/devices/device-auth.js';
import { GAP, addStaff, siteIdOf } from './support/staff.js';
import { startTestApp, type TestApp } from './support/test-app.js';

jest.setTimeout(180_000);

type Caller = 'anonymous' | 'device' | 'counsellor' | 'editor' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'device', 'counsellor', 'editor', 'admin'];
/** Who may call each route. `public`: anyone; `device?`: anyone, a Device token is checked when sent. */
type Access = 'public' | 'device?' | 'device' | ('counsellor' | 'editor' | 'admin')[];
const ALL_STAFF = ['counsellor', 'editor', 'admin'] as const;

// Every route of the app. A route added without an entry here fails the first test.
const INTENDED: Record<string, Access> = {
  'GET /api/health': 'public',
  'GET /api/v1/catalog': 'device?',
  'GET /api/v1/scenarios/:id/versions/:versionId': 'public',
  'GET /api/v1/media/:file': 'public',
  'POST /api/v1/auth/login': 'public',
  'GET /api/v1/auth/invitations/:token': 'public',
  'POST /api/v1/auth/invitations/:token': 'public',
  'POST /api/v1/devices/pair': 'public',
  'POST /api/v1/my-data/lookup': 'public',
  'POST /api/v1/my-data/erase': 'public',
  'POST /api/v1/sessions': 'device?',
  'POST /api/v1/sessions/:id/events': 'device?',
  'POST /api/v1/sessions/:id/complete': 'device?',
  'POST /api/v1/sessions/:id/demographics': 'device?',
  'POST /api/v1/dialogue/map-choice': 'device?',
  'POST /api/v1/speech/transcribe': 'device?',
  'GET /api/v1/scenarios/:id/versions/:versionId/voice': 'device?',
  'GET /api/v1/scenarios/:id/versions/:versionId/voice/:key': 'device?',
  'GET /api/v1/devices/me': 'device',
  'PUT /api/v1/devices/me/pin': 'device',
  'POST /api/v1/devices/me/pin/check': 'device',
  'GET /api/v1/auth/me': [...ALL_STAFF],
  'GET /api/v1/sites': [...ALL_STAFF],
  'GET /api/v1/profiles/:code': ['counsellor', 'admin'],
  'DELETE /api/v1/profiles/:code': ['counsellor', 'admin'],
  'POST /api/v1/devices/pairing-codes': ['admin'],
  'GET /api/v1/devices': ['admin'],
  'DELETE /api/v1/devices/:id': ['admin'],
  'POST /api/v1/sites': ['admin'],
  'PATCH /api/v1/sites/:id': ['admin'],
  'DELETE /api/v1/sites/:id': ['admin'],
  'GET /api/v1/sites/:id/scenarios': ['admin'],
  'PUT /api/v1/sites/:id/scenarios': ['admin'],
  'GET /api/v1/staff': ['admin'],
  'POST /api/v1/staff': ['admin'],
  'PATCH /api/v1/staff/:id': ['admin'],
  'POST /api/v1/staff/:id/reset': ['admin'],
  'GET /api/v1/reports': ['counsellor', 'admin'],
  'GET /api/v1/reports/filters': ['counsellor', 'admin'],
  'GET /api/v1/reports/indicators.csv': ['counsellor', 'admin'],
  'GET /api/v1/reports/indicators.xlsx': ['counsellor', 'admin'],
  'GET /api/v1/reports/visits.csv': ['admin'],
  'GET /api/v1/audit': ['admin'],
  'GET /api/v1/audit/export.csv': ['admin'],
  'GET /api/v1/audit/actions': ['admin'],
  'GET /api/v1/retention': ['admin'],
  'GET /api/v1/media-library': ['editor', 'admin'],
  'POST /api/v1/media-library/photos': ['editor', 'admin'],
  'PUT /api/v1/retention': ['admin'],
  'POST /api/v1/retention/purges': ['admin'],
  'GET /api/v1/retention/purges/:id': ['admin'],
  'GET /api/v1/studio/scenarios': ['editor', 'admin'],
  'POST /api/v1/studio/scenarios': ['editor', 'admin'],
  'POST /api/v1/studio/scenarios/:id/duplicate': ['editor', 'admin'],
  'GET /api/v1/studio/scenarios/:id/draft': ['editor', 'admin'],
  'PUT /api/v1/studio/scenarios/:id/draft': ['editor', 'admin'],
  'GET /api/v1/studio/scenarios/:id/draft/saves': ['editor', 'admin'],
  'GET /api/v1/studio/scenarios/:id/draft/saves/:revision': ['editor', 'admin'],
  // Last: they close the caller's sessions.
  'POST /api/v1/auth/logout': [...ALL_STAFF],
  'POST /api/v1/auth/logout-all': [...ALL_STAFF],
  // Revokes the calling headset.
  'DELETE /api/v1/devices/me': 'device',
};

interface DiscoveredRoute {
  key: string;
  handler: (...args: unknown[]) => unknown;
  controller: new (...args: never[]) => unknown;
}

/** Every route Nest serves, read from the controllers' metadata (as Nest's router does). */
function discoverRoutes(t: TestApp): DiscoveredRoute[] {
  const routes: DiscoveredRoute[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as DiscoveredRoute['controller'];
      const base = String(Reflect.getMetadata('path', controller) ?? '');
      const proto = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name] as DiscoveredRoute['handler'];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata('method', handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const path = String(Reflect.getMetadata('path', handler) ?? '/');
        const full = `/api/${[base, path]
          .map((p) => p.replace(/^\/+|\/+$/g, ''))
          .filter(Boolean)
          .join('/')}`;
        routes.push({ key: `${RequestMethod[method]} ${full}`, handler, controller });
      }
    }
  }
  return routes;
}

function concrete(path: string): string {
  return path
    .replace(':code', 'ABCDE-FGHJK')
    .replace(':file', `${'a'.repeat(64)}.jpg`)
    .replace(':id/versions', 'mini-eolien/versions')
    .replace(/:id\b/, randomUUID())
    .replace(/:\w+/g, 'x');
}

describe('every role × every route', () => {
  let t: TestApp;
  const credentials: Partial<Record<Caller, { token?: string; headers?: Record<string, string> }>> = {};

  const PASSWORDS = {
    admin: [undefined, undefined],
    counsellor: ['c@test.eclore', 'conseil-tres-solide-2026'],
    editor: ['e@test.eclore', 'redaction-solide-2026'],
  } as const;
  const signInStaff = async (callers: (keyof typeof PASSWORDS)[]) => {
    for (const caller of callers) credentials[caller] = { token: await t.login(...PASSWORDS[caller]) };
  };

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.login();
    await addStaff(t, {
      email: 'c@test.eclore',
      password: 'conseil-tres-solide-2026',
      role: 'counsellor',
      sites: [GAP],
    });
    await addStaff(t, { email: 'e@test.eclore', password: 'redaction-solide-2026', role: 'editor' });
    const code = await t.api('POST', '/api/v1/devices/pairing-codes', {
      token: admin,
      body: { label: 'Casque de test', siteId: await siteIdOf(t, GAP) },
    });
    const paired = await t.api('POST', '/api/v1/devices/pair', { body: { code: code.body.code } });
    credentials.anonymous = {};
    credentials.device = { headers: { authorization: `Device ${paired.body.token}` } };
    credentials.admin = { token: admin };
    await signInStaff(['counsellor', 'editor']);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should list exactly the intended routes, each marked public, device or with roles', () => {
    const routes = discoverRoutes(t);
    expect(routes.map((r) => r.key).sort()).toEqual(Object.keys(INTENDED).sort());
    const reflector = new Reflector();
    for (const route of routes) {
      const targets = [route.handler, route.controller];
      const marked =
        reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ||
        (reflector.getAllAndOverride<string[]>(ROLES, targets) ?? []).length > 0;
      expect({ route: route.key, marked }).toEqual({ route: route.key, marked: true });
      const device = reflector.getAllAndOverride<string>(DEVICE_ACCESS, targets);
      const access = INTENDED[route.key]!;
      expect({ route: route.key, device: device ?? null }).toEqual({
        route: route.key,
        device: access === 'device' ? 'required' : access === 'device?' ? 'optional' : null,
      });
    }
  });

  it('should give each caller exactly the intended access on every route', async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const [key, access] of Object.entries(INTENDED)) {
      const [method, path] = key.split(' ') as [string, string];
      // The sign-out just before closed these sessions.
      if (key === 'POST /api/v1/auth/logout-all') await signInStaff(['counsellor', 'editor', 'admin']);
      for (const caller of CALLERS) {
        const { token, headers } = credentials[caller]!;
        const response = await t.api(method, concrete(path), {
          token,
          headers: { ...headers },
          body: method === 'GET' ? undefined : {},
        });
        const refused = response.status === 401 || response.status === 403;
        outcomes.push(`${key} as ${caller}: ${refused ? `refused ${response.body?.code}` : 'allowed'}`);
        let intended: string;
        if (access === 'public' || access === 'device?') intended = 'allowed';
        else if (access === 'device')
          intended = caller === 'device' ? 'allowed' : 'refused DEVICE_TOKEN_REQUIRED';
        else if (caller === 'anonymous' || caller === 'device') intended = 'refused AUTH_REQUIRED';
        else intended = access.includes(caller) ? 'allowed' : 'refused FORBIDDEN_ROLE';
        expected.push(`${key} as ${caller}: ${intended}`);
      }
    }
    expect(outcomes).toEqual(expected);
  });

  it('should refuse a signed-in admin on a route that carries no access mark', async () => {
    const session = await t.signIn();
    class Unmarked {
      handler(): void {}
    }
    const guard = new AuthGuard(
      new Reflector(),
      t.app.get(StaffSessionsRepository),
      t.app.get<string>(AUTH_SECRET, { strict: false }),
    );
    const request = { method: 'GET', headers: { cookie: `eclore_staff=${session.sessionToken}` } };
    const context = {
      getHandler: () => Unmarked.prototype.handler,
      getClass: () => Unmarked,
      switchToHttp: () => ({
        getRequest: () => request,
        getResponse: () => ({ setHeader: () => undefined }),
      }),
    } as unknown as ExecutionContext;
    await expect(guard.canActivate(context)).rejects.toEqual(new DomainError('FORBIDDEN_ROLE'));
  });
});
