import { execFileSync } from 'node:child_process';

/**
 * A client module bundled as the browser runs it (vite, IIFE exposing `name` on `window`), so a test
 * page can load it without the app around it. Vite runs in a child process: it is ESM-only and Jest
 * runs the tests as CommonJS.
 */
export function bundleForBrowser(entry: string, name: string): string {
  const script = `import { build } from 'vite';
const [out] = await build({ configFile: false, logLevel: 'silent', build: { write: false, minify: false,
  lib: { entry: ${JSON.stringify(entry)}, formats: ['iife'], name: ${JSON.stringify(name)}, fileName: 'bundle' } } });
process.stdout.write(out.output[0].code);`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
}
