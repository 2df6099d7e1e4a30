import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mediaFileProblem, sniffMedia } from '../../engine/src/media-file.js';
import {
  originHeightFor,
  SEATED_EYE_HEIGHT,
  STANDING_EYE_HEIGHT,
} from '../../client/src/headset/scene/calibration.js';
import { chooseVideoPath } from '../../client/src/headset/scene/media-layer.js';
import {
  blinkAmount,
  BLINK_MS,
  isHighVisibility,
  lookAngles,
  nextBlinkDelay,
} from '../../client/src/headset/scene/character-motion.js';
import { ENVIRONMENT_PRESETS } from '../../client/src/headset/scene/environments/presets.js';
import { MAX_HIDDEN_SHARE, viewShiftFor } from '../../client/src/headset/scene/framing.js';
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

describe(viewShiftFor.name, () => {
  const canvas = { top: 0, bottom: 800 };

  it('should centre the view in the part of the canvas above the dialogue panel', () => {
    // The panel hides the bottom 300 px: the view's centre moves up by half of that.
    expect(viewShiftFor(canvas, { top: 500, bottom: 780 })).toBe(150);
  });

  it('should not shift the view without a panel, or with a panel below the canvas', () => {
    expect(viewShiftFor(canvas, null)).toBe(0);
    expect(viewShiftFor(canvas, { top: 820, bottom: 900 })).toBe(0);
    expect(viewShiftFor(canvas, { top: 500, bottom: 500 })).toBe(0);
  });

  it('should keep part of the picture however tall the panel grows', () => {
    expect(viewShiftFor(canvas, { top: 50, bottom: 800 })).toBe((800 * MAX_HIDDEN_SHARE) / 2);
  });
});

const point = (x: number, y: number, z: number) => ({ x, y, z });

describe('character motion', () => {
  it('should close the eyelids fully halfway through a blink and open them outside it', () => {
    expect(blinkAmount(1000, 1000)).toBe(0);
    expect(blinkAmount(1000 + BLINK_MS / 2, 1000)).toBeCloseTo(1, 6);
    expect(blinkAmount(1000 + BLINK_MS + 1, 1000)).toBe(0);
    expect(blinkAmount(999, 1000)).toBe(0);
  });

  it('should blink again within 6 s, never in a continuous flutter', () => {
    for (let now = 0; now < 60_000; now += 317) {
      const delay = nextBlinkDelay(now, 3);
      expect(delay).toBeGreaterThanOrEqual(300);
      expect(delay).toBeLessThanOrEqual(6000);
    }
  });

  it('should turn the head towards a visitor on its right and up towards a standing one', () => {
    const head = point(0, 1.62, -1.8);
    const { x: yaw, y: pitch } = lookAngles(head, point(0.5, 1.9, 0), 0, { x: 0, y: 0 });
    expect(yaw).toBeGreaterThan(0.2);
    expect(pitch).toBeLessThan(0);
  });

  it('should look straight ahead at a visitor in front, whatever the body turn, within what a neck allows', () => {
    const head = point(0, 1.62, -1.8);
    expect(lookAngles(head, point(0, 1.62, 0), 0, { x: 0, y: 0 }).x).toBeCloseTo(0, 6);
    expect(lookAngles(head, point(0, 1.62, 0), 0.2, { x: 0, y: 0 }).x).toBeCloseTo(-0.2, 6);
    // Behind the character: the head stops at the neck's limit instead of spinning round.
    expect(Math.abs(lookAngles(head, point(0, 1.62, -4), 0, { x: 0, y: 0 }).x)).toBeCloseTo(0.9, 6);
  });

  it('should dress hi-vis oranges and yellows with reflective bands, not blues or greys', () => {
    expect(isHighVisibility('#ff7a00')).toBe(true);
    expect(isHighVisibility('#f2c200')).toBe(true);
    expect(isHighVisibility('#1f4e79')).toBe(false);
    expect(isHighVisibility('#7f8c8d')).toBe(false);
  });
});

describe('environment presets of the bank', () => {
  const narratives = join(__dirname, '..', '..', 'narratives');
  const used = readdirSync(narratives)
    .filter((id) => existsSync(join(narratives, id, 'metier.json')))
    .flatMap((id) => {
      const metier = JSON.parse(readFileSync(join(narratives, id, 'metier.json'), 'utf8')) as {
        media: Record<string, { type: string; preset?: string }>;
      };
      return Object.entries(metier.media)
        .filter(([, m]) => m.type === 'environnement')
        .map(([media, m]) => ({ scene: `${id}/${media}`, preset: m.preset }));
    });

  it('should name only presets the headset can build (a typo would show a neutral room)', () => {
    expect(
      used.filter((u) => !(ENVIRONMENT_PRESETS as readonly (string | undefined)[]).includes(u.preset)),
    ).toEqual([]);
  });

  it('should put the compost platform, the façade and the collection depot in sets of their own', () => {
    const preset = (scene: string) => used.find((u) => u.scene === scene)?.preset;
    expect(preset('agent-biodechets/plateforme-compost')).toBe('compostage');
    expect(preset('applicatrice-ite/echafaudage-facade')).toBe('echafaudage');
    expect(preset('ripeur-collecte/depot-collecte')).toBe('depot-bennes');
    expect(preset('installateur-photovoltaique/depot-entreprise')).toBe('depot');
  });
});
