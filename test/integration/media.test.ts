import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SeedService } from '../../server/src/modules/seed/seed.service.js';
import { FIXTURE_NARRATIVES, startTestApp, type TestApp } from './support/test-app.js';

jest.setTimeout(60_000);

/** The start of a baseline JPEG: enough for the server to read its type and size. */
function jpeg(width: number, height: number, filler = 300): Buffer {
  const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 3];
  const body = Buffer.alloc(filler, 7);
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0]), Buffer.from(sof), body]);
}

const webm = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(500, 3)]);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A copy of the fixture scenario under another id, with these media entries and files. */
function addScenario(root: string, id: string, media: Record<string, object>, files: Record<string, Buffer>) {
  const dir = join(root, id);
  cpSync(join(FIXTURE_NARRATIVES, 'mini-eolien'), dir, { recursive: true });
  const ink = readFileSync(join(dir, 'scenario.ink'), 'utf8').replace('# id: mini-eolien', `# id: ${id}`);
  writeFileSync(join(dir, 'scenario.ink'), ink);
  const metier = JSON.parse(readFileSync(join(dir, 'metier.json'), 'utf8'));
  writeFileSync(join(dir, 'metier.json'), JSON.stringify({ ...metier, id, media }, null, 2));
  mkdirSync(join(dir, 'media'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, 'media', name), bytes);
}

describe('media assets', () => {
  const photo = jpeg(2048, 1024);
  const photoUrl = `/api/v1/media/${sha(photo)}.jpg`;
  const videoUrl = `/api/v1/media/${sha(webm)}.webm`;
  let narratives: string;
  let t: TestApp;

  beforeAll(async () => {
    narratives = mkdtempSync('/tmp/eclore-it-media-');
    cpSync(
      join(FIXTURE_NARRATIVES, 'referentiel-competences.json'),
      join(narratives, 'referentiel-competences.json'),
    );
    addScenario(
      narratives,
      'avec-medias',
      {
        parc: { type: 'environnement', preset: 'eolien' },
        vue: { type: 'photo360', src: 'media/vue.jpg' },
        film: { type: 'video360', src: 'media/film.webm' },
      },
      { 'vue.jpg': photo, 'film.webm': webm },
    );
    // The same photo under another name in another scenario: one asset.
    addScenario(
      narratives,
      'meme-photo',
      { vue: { type: 'photo360', src: 'media/copie.jpg' } },
      { 'copie.jpg': photo },
    );
    addScenario(
      narratives,
      'trop-grande',
      { vue: { type: 'photo360', src: 'media/g.jpg' } },
      { 'g.jpg': jpeg(4096, 2048) },
    );
    addScenario(narratives, 'absente', { vue: { type: 'video360', src: 'media/rien.webm' } }, {});
    t = await startTestApp({ narrativesDir: narratives });
  });

  afterAll(async () => {
    await t?.close();
    rmSync(narratives, { recursive: true, force: true });
  });

  const assetCount = async () =>
    ((await t.dataSource.query(`SELECT count(*)::int AS n FROM media_assets`)) as { n: number }[])[0]!.n;

  it('should store each file once and point the published metier at its immutable URL', async () => {
    expect(await assetCount()).toBe(2);
    const catalog = await t.api('GET', '/api/v1/catalog');
    const entry = catalog.body.scenarios.find((s: { id: string }) => s.id === 'avec-medias');
    const version = await t.api('GET', `/api/v1/scenarios/avec-medias/versions/${entry.versionId}`);
    expect(version.body.metier.media).toEqual({
      parc: { type: 'environnement', preset: 'eolien' },
      vue: { type: 'photo360', src: photoUrl },
      film: { type: 'video360', src: videoUrl },
    });
  });

  it('should skip a scenario whose media file is missing or too large, saying which and why', () => {
    expect(t.seedReport.skipped).toEqual(
      expect.arrayContaining([
        {
          folder: 'absente',
          reason: expect.stringContaining('média « vue » : fichier introuvable (media/rien.webm)'),
        },
        { folder: 'trop-grande', reason: expect.stringContaining('image trop grande (4096×2048)') },
      ]),
    );
  });

  it('should publish no new version nor asset when run again on the same files', async () => {
    const report = await t.app.get(SeedService).run();
    expect(report.scenarios.every((s) => !s.created)).toBe(true);
    expect(await assetCount()).toBe(2);
  });

  it('should publish a new version when only a media file changes', async () => {
    const before = t.seedReport.scenarios.find((s) => s.id === 'meme-photo')!.versionId;
    writeFileSync(join(narratives, 'meme-photo', 'media', 'copie.jpg'), jpeg(2048, 1024, 400));
    const report = await t.app.get(SeedService).run();
    const after = report.scenarios.find((s) => s.id === 'meme-photo')!;
    expect(after).toEqual({ id: 'meme-photo', versionId: expect.not.stringMatching(before), created: true });
    expect(await assetCount()).toBe(3);
  });

  it('should serve the bytes with their type, an ETag and an immutable cache policy', async () => {
    const response = await fetch(`${t.baseUrl}${photoUrl}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('etag')).toBe(`"${sha(photo)}"`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await response.arrayBuffer()).equals(photo)).toBe(true);
    const again = await fetch(`${t.baseUrl}${photoUrl}`, { headers: { 'if-none-match': `"${sha(photo)}"` } });
    expect(again.status).toBe(304);
  });

  it('should answer a Range request with 206 and only the requested bytes', async () => {
    const first = await fetch(`${t.baseUrl}${videoUrl}`, { headers: { range: 'bytes=0-99' } });
    expect(first.status).toBe(206);
    expect(first.headers.get('content-type')).toBe('video/webm');
    expect(first.headers.get('content-range')).toBe(`bytes 0-99/${webm.length}`);
    expect(Buffer.from(await first.arrayBuffer()).equals(webm.subarray(0, 100))).toBe(true);
    const tail = await fetch(`${t.baseUrl}${videoUrl}`, { headers: { range: 'bytes=-10' } });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(webm.subarray(webm.length - 10))).toBe(true);
    const open = await fetch(`${t.baseUrl}${videoUrl}`, { headers: { range: 'bytes=400-' } });
    expect(open.headers.get('content-range')).toBe(`bytes 400-${webm.length - 1}/${webm.length}`);
  });

  it('should answer 416 with the size when the range starts past the end', async () => {
    const response = await t.api('GET', videoUrl, { headers: { range: `bytes=${webm.length}-` } });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe(`bytes */${webm.length}`);
    expect(response.body).toMatchObject({ code: 'MEDIA_RANGE_NOT_SATISFIABLE' });
  });

  it('should answer 404 in French for an unknown hash or a wrong extension', async () => {
    const unknown = await t.api('GET', `/api/v1/media/${'0'.repeat(64)}.jpg`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      statusCode: 404,
      code: 'MEDIA_NOT_FOUND',
      message: 'Ce média n’existe pas.',
    });
    expect((await t.api('GET', photoUrl.replace('.jpg', '.png'))).status).toBe(404);
  });

  it('should answer 400 for a malformed name', async () => {
    for (const name of [
      'vue.jpg',
      `${sha(photo)}.exe`,
      `${sha(photo).toUpperCase()}.jpg`,
      '..%2Fmetier.json',
    ]) {
      const response = await t.api('GET', `/api/v1/media/${name}`);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('MEDIA_NAME_INVALID');
    }
  });
});
