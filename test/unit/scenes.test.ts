import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mediaFileProblem, sniffMedia } from '../../engine/src/media-file.js';
import {
  originHeightFor,
  SEATED_EYE_HEIGHT,
  STANDING_EYE_HEIGHT,
} from '../../client/src/headset/scene/calibration.js';
import { chooseVideoPath } from '../../client/src/headset/scene/media-layer.js';
import { checkFile, format } from '../../scripts/narratives-check.js';

/** The start of a baseline JPEG of this size (enough to be recognised). */
function jpeg(width: number, height: number): Buffer {
  const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 3];
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0]),
    Buffer.from(sof),
    Buffer.alloc(64),
  ]);
}

function png(width: number, height: number): Buffer {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(b);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
}

const webm = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0, 0, 0, 0]);

describe('height calibration', () => {
  it.each([
    ['a standing adult', 1.75],
    ['a seated visitor', 1.15],
    ['a wheelchair user', 1.25],
    ['a child', 1.1],
  ])('should put the eyes of %s at the seated height by default', (_who, tracked) => {
    expect(tracked + originHeightFor(tracked, 'seated')).toBeCloseTo(SEATED_EYE_HEIGHT, 6);
  });

  it('should put the eyes at the standing height when the visitor chooses to stand', () => {
    expect(1.45 + originHeightFor(1.45, 'standing')).toBeCloseTo(STANDING_EYE_HEIGHT, 6);
  });

  it('should still give the seated height when the headset reports no usable height', () => {
    expect(originHeightFor(Number.NaN, 'seated')).toBe(SEATED_EYE_HEIGHT);
  });
});

describe(chooseVideoPath.name, () => {
  const withLayers = { renderState: { layers: [] } };
  it('should use a media layer when the session has layers and the browser XRMediaBinding', () => {
    expect(chooseVideoPath(withLayers, true)).toBe('layer');
  });
  it('should fall back to a texture without layers, without XRMediaBinding or outside VR', () => {
    expect(chooseVideoPath({ renderState: {} }, true)).toBe('texture');
    expect(chooseVideoPath(withLayers, false)).toBe('texture');
    expect(chooseVideoPath(null, true)).toBe('texture');
  });
});

describe(mediaFileProblem.name, () => {
  it('should recognise types and image sizes from the bytes', () => {
    expect(sniffMedia(jpeg(2048, 1024))).toEqual({ mime: 'image/jpeg', width: 2048, height: 1024 });
    expect(sniffMedia(png(1024, 512))).toEqual({ mime: 'image/png', width: 1024, height: 512 });
    expect(sniffMedia(webm)).toEqual({ mime: 'video/webm' });
    expect(sniffMedia(Buffer.from('bonjour'))).toBeNull();
  });

  it('should accept a 2:1 photo at the texture limit and refuse a larger one', () => {
    expect(mediaFileProblem(jpeg(2048, 1024), 'photo360')).toBeNull();
    expect(mediaFileProblem(png(4096, 2048), 'photo360')).toBe(
      'image trop grande (4096×2048) : 2048×2048 au maximum (par exemple 2048×1024 pour une photo 360).',
    );
  });

  it('should refuse a video as a photo and an image as a video', () => {
    expect(mediaFileProblem(webm, 'photo360')).toMatch(/JPEG, PNG ou WebP attendu/);
    expect(mediaFileProblem(jpeg(100, 50), 'video360')).toMatch(/WebM \(VP8\/VP9\) ou MP4 attendu/);
    expect(mediaFileProblem(webm, 'video360')).toBeNull();
  });

  it('should accept the committed sample media', () => {
    const dir = 'narratives/operateur-tri/media';
    expect(mediaFileProblem(readFileSync(join(dir, 'stock-balles.jpg')), 'photo360')).toBeNull();
    expect(mediaFileProblem(readFileSync(join(dir, 'cabine-tri.webm')), 'video360')).toBeNull();
  });
});

describe('narratives:check on media files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'eclore-media-check-'));
    cpSync('test/integration/fixtures/narratives/mini-eolien', dir, { recursive: true });
    const ink = readFileSync(join(dir, 'scenario.ink'), 'utf8').replace(
      '# speaker: lea # line: accueil-bonjour',
      '# speaker: lea # line: accueil-bonjour # media: vue',
    );
    writeFileSync(join(dir, 'scenario.ink'), ink);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const check = (media: object, file?: Buffer): string[] => {
    const metier = JSON.parse(readFileSync(join(dir, 'metier.json'), 'utf8'));
    writeFileSync(join(dir, 'metier.json'), JSON.stringify({ ...metier, media: { vue: media } }));
    rmSync(join(dir, 'vue.jpg'), { force: true });
    if (file) writeFileSync(join(dir, 'vue.jpg'), file);
    return checkFile(join(dir, 'scenario.ink'), ['rigueur', 'securite', 'travail_equipe'])
      .filter((d) => d.severity === 'error')
      .map((d) => format(d).replace(`${dir}/`, ''));
  };

  it('should say which media file is missing', () => {
    expect(check({ type: 'photo360', src: 'vue.jpg' })).toEqual([
      expect.stringMatching(
        /scenario\.ink:14:\d+: error: Fichier introuvable pour le média « vue » : vue\.jpg\.$/,
      ),
    ]);
  });

  it('should say why a media file cannot be used', () => {
    expect(check({ type: 'photo360', src: 'vue.jpg' }, jpeg(4096, 2048))).toEqual([
      expect.stringContaining('error: Média « vue » (vue.jpg) : image trop grande (4096×2048)'),
    ]);
    expect(check({ type: 'photo360', src: 'vue.jpg' }, webm)).toEqual([
      expect.stringContaining(
        'error: Média « vue » (vue.jpg) : format non pris en charge pour une photo 360',
      ),
    ]);
  });

  it('should accept a usable photo', () => {
    expect(check({ type: 'photo360', src: 'vue.jpg' }, jpeg(2048, 1024))).toEqual([]);
  });
});
