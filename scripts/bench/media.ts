// Media encoding (issue #11 point 6): a 360° photo from a camera (5760 × 2880 JPEG, with noise so
// the codec has real detail to work on) checked and re-encoded for Quest 2 by the server's encoder,
// beside a plain sharp decode of the same file measured in the same run.
import sharp from 'sharp';
import type { Figure } from '../bench.js';
import { encodePhoto360 } from '../../server/src/modules/media/photo-encoder.js';

async function cameraPhoto(): Promise<Buffer> {
  return sharp({
    create: {
      width: 5760,
      height: 2880,
      channels: 3,
      background: { r: 90, g: 140, b: 110 },
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 90 })
    .toBuffer();
}

async function median(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export async function run(): Promise<Figure[]> {
  const source = await cameraPhoto();
  await encodePhoto360(source, 'image/jpeg');
  const decode = await median(5, () => sharp(source).raw().toBuffer());
  const encode = await median(5, () => encodePhoto360(source, 'image/jpeg'));
  return [
    {
      name: 'media.photo_encode_5760x2880_ms',
      value: encode,
      unit: 'ms',
      baseline: { name: 'plain_decode', value: decode },
    },
  ];
}
