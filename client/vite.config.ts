import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url));

// Multi-page app: the headset app (and its 2D fallback) at `/`, the back-office at `/admin/`, and the visitors'
// « Mes données » at `/mes-donnees/` (Preact and the back-office's ui/ components, no three.js).
// Everything not needed before the first frame (end screen, IWER emulator) is loaded with
// `import()` and therefore lands in its own chunk.
export default defineConfig({
  root,
  base: '/',
  // Copied as is to the output root: self-hosted input profiles (offline kiosk).
  publicDir: `${root}public`,
  resolve: {
    // Two copies of three.js break `instanceof` checks and double the bundle.
    dedupe: ['three', 'preact'],
  },
  // The back-office is Preact + TSX (automatic runtime): only `.tsx` files import Preact, and
  // none of them is reachable from the headset entry (test/architecture checks the bundle).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: `${repo}dist/client`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    // Read by the headset to precache every chunk for offline use (client/src/headset/offline.ts).
    manifest: 'asset-manifest.json',
    rollupOptions: {
      input: {
        main: `${root}index.html`,
        admin: `${root}admin/index.html`,
        myData: `${root}mes-donnees/index.html`,
      },
    },
  },
  server: {
    proxy: { '/api': `http://localhost:${process.env.ECLORE_API_PORT ?? '3000'}` },
  },
});
