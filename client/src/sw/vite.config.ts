import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repo = fileURLToPath(new URL('../../..', import.meta.url));

// The service worker is built on its own, after the app (whose build empties dist/client), as one
// classic script at the root of the site: `/sw.js` controls the whole origin.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: `${repo}dist/client`,
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    copyPublicDir: false,
    lib: {
      entry: fileURLToPath(new URL('./sw.ts', import.meta.url)),
      formats: ['iife'],
      name: 'EcloreServiceWorker',
      fileName: () => 'sw.js',
    },
  },
});
