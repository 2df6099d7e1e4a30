// The studio's media library, photos (issue #11 point 6): the real type from the bytes, the size
// cap, the 2:1 ratio, re-encoding by sharp to ≤ 2048 × 1024 JPEG without metadata, stored once by
// hash; every bad file gets a French 4xx and nothing is stored.
import sharp from 'sharp';
import { addStaff } from './support/staff.js';
import { startTestApp, type StaffSignIn, type TestApp } from './support/test-app.js';

jest.setTimeout(120_000);

const photo = (width: number, height: number, format: 'jpeg' | 'png' | 'webp' = 'jpeg') => {
  const image = sharp({
    create: { width, height, channels: 3, background: { r: 40, g: 120, b: 90 } },
  }).withExif({
    IFD0: { Make: 'Caméra 360', Model: 'Numéro de série 12345' },
  });
  return image[format]().toBuffer();
};

describe('media library: 360° photos', () => {
  let t: TestApp;
  let editor: StaffSignIn;

  async function upload(body: Buffer | string, type: string, staff = editor, name = 'Atelier') {
    const response = await fetch(
      `${t.baseUrl}/api/v1/media-library/photos?name=${encodeURIComponent(name)}`,
      {
        method: 'POST',
        headers: {
          'content-type': type,
          cookie: `eclore_staff=${staff.sessionToken}`,
          'x-csrf-token': staff.csrfToken,
        },
        body: typeof body === 'string' ? body : new Uint8Array(body),
      },
    );
    return { status: response.status, body: await response.json() };
  }

  const storedCount = async () =>
    ((await t.dataSource.query(`SELECT count(*)::int AS n FROM media_library`)) as { n: number }[])[0]!.n;

  beforeAll(async () => {
    t = await startTestApp();
    await addStaff(t, { email: 'redaction@test.eclore', role: 'editor', password: 'mot-de-passe-redaction' });
    editor = await t.signIn('redaction@test.eclore', 'mot-de-passe-redaction');
  });

  afterAll(() => t?.close());

  it('should re-encode a 4096 × 2048 photo to a 2048 × 1024 JPEG without metadata, stored once', async () => {
    const source = await photo(4096, 2048, 'png');
    const added = await upload(source, 'image/png', editor, 'Plateforme de compostage');
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      kind: 'photo360',
      name: 'Plateforme de compostage',
      mime: 'image/jpeg',
      width: 2048,
      height: 1024,
      source: { mime: 'image/png', width: 4096, height: 2048, size: source.length },
      uploadedBy: { displayName: 'redaction' },
    });
    expect(added.body.url).toMatch(/^\/api\/v1\/media\/[0-9a-f]{64}\.jpg$/);
    // Served like any published media, and really a 2048 × 1024 JPEG with no EXIF left.
    const served = Buffer.from(await (await fetch(`${t.baseUrl}${added.body.url}`)).arrayBuffer());
    const meta = await sharp(served).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height, exif: meta.exif }).toEqual({
      format: 'jpeg',
      width: 2048,
      height: 1024,
      exif: undefined,
    });
    // The same photo again: the same item, not a second copy.
    const again = await upload(source, 'image/png');
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(added.body.id);
    expect(await storedCount()).toBe(1);
    const list = await t.api('GET', '/api/v1/media-library', { token: editor.token });
    expect(list.body.map((item: { id: string }) => item.id)).toEqual([added.body.id]);
    const audit = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'media.uploaded' AND target_id = $1`,
      [added.body.id],
    )) as { n: number }[];
    expect(audit[0]!.n).toBe(1);
  });

  it('should keep a small 2:1 photo at its size (never scaled up)', async () => {
    const added = await upload(await photo(1024, 512, 'webp'), 'image/webp');
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ width: 1024, height: 512 });
  });

  it('should refuse each bad file with a precise French message and store nothing', async () => {
    const before = await storedCount();
    const png = await photo(2048, 1024, 'png');
    const jpeg = await photo(2048, 1024);
    const cases: [Buffer | string, string, number, string, RegExp][] = [
      [png, 'video/mp4', 415, 'MEDIA_TYPE_MISMATCH', /video\/mp4.*PNG/],
      [Buffer.alloc(0), 'image/jpeg', 400, 'MEDIA_EMPTY', /vide/],
      [
        Buffer.from('bonjour, je ne suis pas une image'),
        'image/jpeg',
        415,
        'MEDIA_TYPE_UNSUPPORTED',
        /JPEG, PNG ou WebP/,
      ],
      [
        Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(64)]),
        'video/webm',
        415,
        'MEDIA_TYPE_UNSUPPORTED',
        /vidéo/,
      ],
      [await photo(1000, 1000), 'image/jpeg', 422, 'MEDIA_NOT_EQUIRECTANGULAR', /1000\u00a0×\u00a01000/],
      [await photo(10_000, 5_000), 'image/jpeg', 422, 'MEDIA_DIMENSIONS_TOO_LARGE', /10000\u00a0×\u00a05000/],
      // A real JPEG header cut short: the pixels cannot be decoded.
      [jpeg.subarray(0, Math.floor(jpeg.length / 3)), 'image/jpeg', 422, 'MEDIA_CORRUPT', /endommagé/],
      [Buffer.alloc(41 * 1024 * 1024, 0xff), 'image/jpeg', 413, 'MEDIA_TOO_LARGE', /40\u00a0Mo/],
    ];
    for (const [body, type, status, code, message] of cases) {
      const refused = await upload(body, type);
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status, code });
      expect(refused.body.message).toMatch(message);
    }
    expect(await storedCount()).toBe(before);
  });

  it('should keep counsellors out of the library', async () => {
    await addStaff(t, { email: 'conseil@test.eclore', role: 'counsellor', password: 'mot-de-passe-conseil' });
    const counsellor = await t.signIn('conseil@test.eclore', 'mot-de-passe-conseil');
    expect((await upload(await photo(2048, 1024), 'image/jpeg', counsellor)).status).toBe(403);
    expect((await t.api('GET', '/api/v1/media-library', { token: counsellor.token })).status).toBe(403);
  });
});
