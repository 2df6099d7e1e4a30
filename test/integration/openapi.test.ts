import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { toOpenApiSchema } from '../../server/src/common/zod-body.js';
import { LoginBody } from '../../server/src/modules/auth/auth.dto.js';
import { FollowUpCodeParam } from '../../server/src/modules/profiles/profiles.dto.js';
import {
  conforms,
  hasStringConstraint,
  invalidFor,
  validFor,
  type Schema,
} from './support/schema-arbitrary.js';
import { startTestApp, type ApiResponse, type StaffSignIn, type TestApp } from './support/test-app.js';

// The OpenAPI document against the server: requests valid per the document are never refused for their shape,
// requests invalid per the document are refused with a 4xx, and every answer is one the document lists.
jest.setTimeout(180_000);

interface Operation {
  operationId: string;
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; schema: Schema }[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: { 'application/json'?: { schema?: Schema } } }>;
}

interface Request {
  params: Record<string, string>;
  /** Media type → body (JSON value, or bytes for the audio types). */
  body?: { type: string; value: unknown };
}

/** Codes that mean « the request does not have the documented shape ». */
const SHAPE_CODES = new Set([
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'JSON_TOO_DEEP',
  'UNSUPPORTED_MEDIA_TYPE',
  'FOLLOW_UP_CODE_INVALID',
  'MEDIA_NAME_INVALID',
]);
const SEED = 9;

let t: TestApp;
let document: {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};
let admin: StaffSignIn;
let deviceToken: string;
let nextIp = 0;
const freshIp = () => `198.18.${(nextIp >> 8) & 255}.${nextIp++ & 255}`;

const operations = () =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
  );

/** A path segment the URL keeps as is (`.` and `..` would be resolved away, `''` would merge two segments). */
/** A path segment is text: an integer parameter (a revision number) goes in the URL as its digits. */
const asSegment = (value: unknown): unknown => (typeof value === 'number' ? String(value) : value);

const segmentOk = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && value !== '.' && value !== '..';

function documentedCodes(operation: Operation, status: number): string[] | undefined {
  const schema = operation.responses[String(status)]?.content?.['application/json']?.schema;
  return (schema?.allOf as Schema[] | undefined)?.[1]?.properties?.code?.enum as string[] | undefined;
}

async function send(
  path: string,
  method: string,
  operation: Operation,
  request: Request,
): Promise<ApiResponse> {
  const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(request.params[name]!));
  const headers: Record<string, string> = { 'x-forwarded-for': freshIp() };
  // Staff routes: the session cookie, plus the anti-CSRF header where the document asks for it.
  if (operation.security) {
    headers.cookie = `eclore_staff=${admin.sessionToken}`;
    if (operation.security.some((scheme) => 'csrfToken' in (scheme as object)))
      headers['x-csrf-token'] = admin.csrfToken;
  } else headers.authorization = `Device ${deviceToken}`;
  let body: BodyInit | undefined;
  if (request.body?.type === 'application/json') {
    body = JSON.stringify(request.body.value);
    headers['content-type'] = 'application/json';
  } else if (request.body?.type === 'multipart/form-data') {
    const form = new FormData();
    const bytes = (request.body.value as { file: Uint8Array<ArrayBuffer> }).file;
    form.append('file', new Blob([bytes], { type: 'audio/webm' }), 'voix.webm');
    body = form;
  } else if (request.body) {
    body = request.body.value as Uint8Array<ArrayBuffer>;
    headers['content-type'] = request.body.type === 'audio/*' ? 'audio/webm' : request.body.type;
  }
  if (process.env.FUZZ_DEBUG)
    process.stderr.write(`  ${method} ${url} ${JSON.stringify(request.body)?.slice(0, 150)}\n`);
  const call = () => fetch(`${t.baseUrl}${url}`, { method, headers, body });
  // Generating a request can take longer than the server's keep-alive timeout: a reused socket that the server
  // has just closed resets, which any HTTP client retries.
  const response = await call().catch((error: { cause?: { code?: string } }) => {
    if (error.cause?.code === 'ECONNRESET') return call();
    throw error;
  });
  const text = await response.text();
  if (process.env.FUZZ_DEBUG) process.stderr.write(`   → ${response.status} ${text.slice(0, 300)}\n`);
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // audio, HTML
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

function expectDocumented(label: string, operation: Operation, response: ApiResponse): void {
  const what = `${label} → ${response.status} ${JSON.stringify(response.body)?.slice(0, 300)}`;
  expect({ what, documented: String(response.status) in operation.responses }).toEqual({
    what,
    documented: true,
  });
  const codes = response.status >= 400 ? documentedCodes(operation, response.status) : undefined;
  if (codes) expect({ what, code: codes.includes(response.body?.code) }).toEqual({ what, code: true });
}

/** A body of this media type and schema (binary fields as random bytes). */
function bodyFor(type: string, schema: Schema, valid: boolean): fc.Arbitrary<unknown> {
  const bytes = fc.uint8Array({ minLength: 1, maxLength: 512 });
  if (type === 'multipart/form-data') return bytes.map((file) => ({ file }));
  if (type !== 'application/json') return bytes;
  return valid ? validFor(schema) : invalidFor(schema);
}

/** What an invalid request may break: a parameter that has rules, or the JSON body. */
function breakableParts(operation: Operation): string[] {
  return [
    ...(operation.parameters ?? [])
      .filter((p) => p.in === 'path' && hasStringConstraint(p.schema))
      .map((p) => `param:${p.name}`),
    ...(operation.requestBody?.content['application/json'] ? ['body'] : []),
  ];
}

function requestFor(operation: Operation, valid: boolean): fc.Arbitrary<Request> {
  const params = (operation.parameters ?? []).filter((p) => p.in === 'path');
  const content = Object.entries(operation.requestBody?.content ?? {});
  const breakable = breakableParts(operation);
  return fc.constantFrom(...(valid ? ['none'] : breakable)).chain((broken) => {
    const paramArbitraries = Object.fromEntries(
      params.map((p) => [
        p.name,
        (broken === `param:${p.name}`
          ? invalidFor(p.schema).filter((v) => segmentOk(v) && !conforms(p.schema, v))
          : validFor(p.schema).map(asSegment).filter(segmentOk)) as fc.Arbitrary<string>,
      ]),
    );
    const types = broken === 'body' ? content.filter(([type]) => type === 'application/json') : content;
    const body =
      types.length === 0
        ? fc.constant(undefined)
        : fc
            .constantFrom(...types)
            .chain(([type, { schema }]) =>
              bodyFor(type, schema, broken !== 'body').map((value) => ({ type, value })),
            );
    return fc.record({ params: fc.record(paramArbitraries), body }).map((r) => r as Request);
  });
}

describe('the OpenAPI document tells the truth', () => {
  beforeAll(async () => {
    t = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
    // A built client, so that the app pages and their deep links are served as in production.
    mkdirSync(join(t.config.clientDir, 'admin'), { recursive: true });
    mkdirSync(join(t.config.clientDir, 'assets'), { recursive: true });
    writeFileSync(join(t.config.clientDir, 'index.html'), '<!doctype html><title>Casque</title>');
    writeFileSync(
      join(t.config.clientDir, 'admin', 'index.html'),
      '<!doctype html><title>Back-office</title>',
    );
    writeFileSync(join(t.config.clientDir, 'assets', 'app-1234.js'), 'console.log(1)');
    document = (await t.api('GET', '/api/docs-json')).body;
    admin = await t.signIn();
    const sites = await t.api('GET', '/api/v1/sites', { token: admin.token });
    const code = await t.api('POST', '/api/v1/devices/pairing-codes', {
      body: { label: 'Fuzz', siteId: sites.body[0].id },
      token: admin.token,
    });
    const paired = await t.api('POST', '/api/v1/devices/pair', {
      body: { code: code.body.code },
      headers: { 'x-forwarded-for': freshIp() },
    });
    deviceToken = paired.body.token;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should document every error response with the one error schema and its codes', () => {
    expect(document.components.schemas.ErrorBody).toMatchObject({
      required: ['statusCode', 'code', 'message'],
    });
    for (const { path, method, operation } of operations()) {
      const errors = Object.entries(operation.responses).filter(([status]) => Number(status) >= 400);
      expect({ route: `${method} ${path}`, errors: errors.length > 0 }).toEqual({
        route: `${method} ${path}`,
        errors: true,
      });
      for (const [status, response] of errors) {
        // The health route answers its own `{ status, db }` when the database is down.
        if (path === '/api/health') continue;
        const schema = response.content?.['application/json']?.schema;
        expect(schema?.allOf?.[0]).toEqual({ $ref: '#/components/schemas/ErrorBody' });
        expect(documentedCodes(operation, Number(status))?.length).toBeGreaterThan(0);
      }
    }
  });

  it('should describe requests with the zod schemas the server validates with', () => {
    const login = document.paths['/api/v1/auth/login']!.post!;
    expect(login.requestBody!.content['application/json']!.schema).toEqual(toOpenApiSchema(LoginBody));
    const profile = document.paths['/api/v1/profiles/{code}']!.get!;
    expect(profile.parameters!.find((p) => p.name === 'code')!.schema).toEqual(
      toOpenApiSchema(FollowUpCodeParam),
    );
    const transcribe = document.paths['/api/v1/speech/transcribe']!.post!;
    expect(Object.keys(transcribe.requestBody!.content)).toEqual(
      expect.arrayContaining(['multipart/form-data', 'audio/*']),
    );
  });

  it('should accept requests valid per the document and refuse invalid ones, answering only documented statuses', async () => {
    const mismatches: string[] = [];
    for (const { path, method, operation } of operations()) {
      for (const valid of [true, false]) {
        const label = `${method} ${path} (${valid ? 'valide' : 'invalide'})`;
        if (process.env.FUZZ_DEBUG) process.stderr.write(`${label}\n`);
        // Nothing to break in a route without parameter rules nor JSON body.
        if (!valid && breakableParts(operation).length === 0) continue;
        const requests = requestFor(operation, valid);
        await fc.assert(
          fc.asyncProperty(requests, async (request) => {
            const response = await send(path, method, operation, request);
            expectDocumented(label, operation, response);
            if (valid && SHAPE_CODES.has(response.body?.code))
              mismatches.push(`${label}: ${JSON.stringify(request).slice(0, 200)} → ${response.body.code}`);
            if (!valid)
              expect({ label, status: response.status >= 400 && response.status < 500 }).toEqual({
                label,
                status: true,
              });
          }),
          { numRuns: 10, seed: SEED, endOnFailure: true },
        );
        // Signing out closes the fuzzing session: open another for the routes that follow.
        if (path.startsWith('/api/v1/auth/logout')) admin = await t.signIn();
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('should answer 405 with Allow for a known path with another method', async () => {
    const response = await t.api('DELETE', '/api/v1/catalog');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(response.body).toEqual({
      statusCode: 405,
      code: 'METHOD_NOT_ALLOWED',
      message: expect.stringMatching(/méthode/),
    });
    const events = await t.api('GET', '/api/v1/sessions/6f1c1e9a-3b5e-4d7a-9c2b-1a2b3c4d5e6f/events');
    expect([events.status, events.headers.get('allow')]).toEqual([405, 'POST']);
  });

  it('should answer 415 when a JSON route receives another content type', async () => {
    const response = await t.api('POST', '/api/v1/auth/login', {
      rawBody: 'email=admin&password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('should answer a French JSON 404 under /api and a French HTML page elsewhere, serving the apps and their deep links', async () => {
    const api = await t.api('GET', '/api/v1/nulle-part');
    expect(api.status).toBe(404);
    expect(api.body).toEqual({
      statusCode: 404,
      code: 'ROUTE_NOT_FOUND',
      message: 'Cette adresse n’existe pas.',
    });
    for (const path of ['/nulle-part', '/assets/absent-0000.js', '/api-docs']) {
      const page = await t.api('GET', path);
      expect(page.status).toBe(404);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(page.body).toMatch(/lang="fr"/);
      expect(page.body).toMatch(/Page introuvable/);
      expect(page.body).not.toMatch(/Cannot GET/);
    }
    expect((await t.api('GET', '/')).body).toMatch(/Casque/);
    expect((await t.api('GET', '/admin/profils/ABCDE-FGHJK')).body).toMatch(/Back-office/);
    const asset = await t.api('GET', '/assets/app-1234.js');
    expect([asset.status, asset.headers.get('cache-control')]).toEqual([
      200,
      'public, max-age=31536000, immutable',
    ]);
  });
});
