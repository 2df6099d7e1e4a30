// Client figures: gzipped size of the JavaScript the headset needs before its first frame (DESIGN §7:
// ≤ 300 KB), i.e. the entry script of dist/client/index.html plus its static imports and modulepreload
// links, never the chunks loaded later with import() (end screen, emulator, voice…). Baseline: three.js
// alone (three.module.js + three.core.js, gzipped), the biggest library the first load could carry.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from '../bench.js';

const KB = 1024;

function gzipSize(bytes: Buffer): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Builds the client when dist/client is missing (`npm run build:client`). */
function ensureClientBuild(root: string): string {
  const dist = join(root, 'dist', 'client');
  if (!existsSync(join(dist, 'index.html'))) {
    const build = spawnSync('npm', ['run', 'build:client'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0 || !existsSync(join(dist, 'index.html')))
      throw new Error('npm run build:client failed');
  }
  return dist;
}

/** Scripts the page loads at once: `<script type="module" src>` and `<link rel="modulepreload" href>`. */
export function entryScripts(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag) && attr('type') === 'module' && attr('src')) urls.push(attr('src')!);
    if (/^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href')) urls.push(attr('href')!);
  }
  return urls;
}

/** Static imports of a built ES module (`import … from "x"`, `import "x"`, `export … from "x"`); `import()` excluded. */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (let match = pattern.exec(code); match; match = pattern.exec(code)) found.push(match[1]);
  return found;
}

/** Every file reached from the entry URLs through static imports, as paths inside dist/client. */
export function firstLoadFiles(dist: string, html: string): string[] {
  const seen = new Set<string>();
  const queue = entryScripts(html).map((url) => posix.normalize(url.replace(/^\//, '')));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file) || /^https?:/.test(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const specifier of staticImports(code)) {
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
      queue.push(
        specifier.startsWith('/')
          ? posix.normalize(specifier.slice(1))
          : posix.join(posix.dirname(file), specifier),
      );
    }
  }
  return [...seen];
}

export async function run(): Promise<Figure[]> {
  const root = process.cwd();
  const dist = ensureClientBuild(root);
  const files = firstLoadFiles(dist, readFileSync(join(dist, 'index.html'), 'utf8'));
  if (files.length === 0) throw new Error('dist/client/index.html loads no module script');
  const firstFrame = files.reduce((sum, file) => sum + gzipSize(readFileSync(join(dist, file))), 0);

  const threeDir = dirname(join(root, 'node_modules', 'three', 'build', 'three.module.js'));
  const three = ['three.module.js', 'three.core.js']
    .filter((f) => existsSync(join(threeDir, f)))
    .reduce((sum, f) => sum + gzipSize(readFileSync(join(threeDir, f))), 0);

  return [
    {
      name: 'client.js_first_frame_kb_gz',
      value: firstFrame / KB,
      unit: 'KB',
      budget: '≤ 300 KB',
      baseline: { name: 'three_full_kb_gz', value: three / KB },
    },
    { name: 'client.js_first_frame_files', value: files.length, unit: 'files' },
  ];
}
