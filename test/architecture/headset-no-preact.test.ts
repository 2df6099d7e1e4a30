// The headset's first load stays framework-free: Preact, its signals and router are the
// back-office's, and nothing the headset (or the code it shares) imports may reach them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const BACK_OFFICE_ONLY =
  /from\s+['"](preact(\/[\w-]+)?|@preact\/signals|wouter-preact(\/[\w-]+)?)['"]|from\s+['"][./]*admin\//;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.(spec|test)\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('Headset bundle boundaries', () => {
  it('should find no Preact, signals, router or back-office import when scanning the headset and shared code', () => {
    const offenders = ['client/src/headset', 'client/src/shared', 'client/src/sw', 'engine/src']
      .flatMap(sources)
      .filter((file) => BACK_OFFICE_ONLY.test(readFileSync(file, 'utf8')) || file.endsWith('.tsx'));
    expect(offenders).toEqual([]);
  });

  it('should flag a Preact import when a file contains one', () => {
    expect(BACK_OFFICE_ONLY.test("import { render } from 'preact';")).toBe(true);
    expect(BACK_OFFICE_ONLY.test("import { signal } from '@preact/signals';")).toBe(true);
    expect(BACK_OFFICE_ONLY.test("import { api } from '../admin/api.js';")).toBe(true);
    expect(BACK_OFFICE_ONLY.test("import { Story } from 'inkjs';")).toBe(false);
  });
});
