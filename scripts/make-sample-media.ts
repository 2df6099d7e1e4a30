// `npx tsx scripts/make-sample-media.ts`: renders the sample 360 media of `operateur-tri` (a photo
// of the bale stock, a looping clip of the sorting belt) from the procedural sorting centre, in
// headless Chromium. Reproducible; the files are committed, so nothing runs this at build or test
// time.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from '../test/support/chromium.js';

const OUT = join(process.cwd(), 'narratives', 'operateur-tri', 'media');
const PHOTO_MAX_BYTES = 400 * 1024;
const VIDEO_MAX_BYTES = 1.5 * 1024 * 1024;

async function main(): Promise<void> {
  const bundle = await build({
    entryPoints: [join(process.cwd(), 'client', 'src', 'tools', 'render-360.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  });
  const browser = await launchChromium(['--autoplay-policy=no-user-gesture-required']);
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(error));
    await page.setContent('<!doctype html><body style="margin:0"></body>');
    await page.addScriptTag({ content: bundle.outputFiles[0].text });

    let photo = Buffer.alloc(0);
    for (const quality of [0.82, 0.74, 0.66, 0.58]) {
      const url = await page.evaluate(
        (q) =>
          (
            window as unknown as { renderPhoto: (w: number, h: number, q: number) => Promise<string> }
          ).renderPhoto(2048, 1024, q),
        quality,
      );
      photo = Buffer.from(url.split(',')[1], 'base64');
      if (photo.length <= PHOTO_MAX_BYTES) break;
    }
    writeFileSync(join(OUT, 'stock-balles.jpg'), photo);
    console.log(`stock-balles.jpg: ${Math.round(photo.length / 1024)} Ko`);

    const video = Buffer.from(
      (
        await page.evaluate(() =>
          (
            window as unknown as {
              renderVideo: (w: number, h: number, s: number, fps: number, bps: number) => Promise<string>;
            }
          ).renderVideo(1280, 640, 4, 24, 2_000_000),
        )
      ).split(',')[1],
      'base64',
    );
    if (video.length > VIDEO_MAX_BYTES) throw new Error(`vidéo trop lourde : ${video.length} octets`);
    writeFileSync(join(OUT, 'cabine-tri.webm'), video);
    console.log(`cabine-tri.webm: ${Math.round(video.length / 1024)} Ko`);
  } finally {
    await browser.close();
  }
}

await main();
