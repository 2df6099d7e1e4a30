import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

// The engine runs on the headset, in the server and in tools: it may import inkjs and nothing
// else outside itself (no Node, DOM, NestJS, TypeORM or three). Its runtime entry must not reach
// the ink compiler, which would double the headset's first download.

const ENGINE = resolve('engine');
const ALLOWED_PACKAGES = new Set(['inkjs', 'inkjs/full']);
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const HOST_GLOBALS =
  /\b(document|window|navigator|localStorage|sessionStorage|indexedDB|process|Buffer|__dirname|__filename|require)\s*[.[(]/;

function engineFiles(dir = ENGINE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return engineFiles(path);
    return /\.(ts|js|mts|cts)$/.test(entry.name) ? [path] : [];
  });
}

/** Module specifiers of static imports, re-exports, dynamic imports and requires. */
export function specifiersOf(source: string): string[] {
  const code = stripComments(source);
  const found: string[] = [];
  for (const pattern of [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ]) {
    for (const match of code.matchAll(pattern)) found.push(match[1]);
  }
  return found;
}

/** Why a source file breaks the engine's boundary, if it does. */
export function violationsOf(source: string): string[] {
  const out: string[] = [];
  for (const spec of specifiersOf(source)) {
    if (spec.startsWith('.')) continue;
    if (BUILTINS.has(spec) || spec.startsWith('node:')) out.push(`Node built-in "${spec}"`);
    else if (!ALLOWED_PACKAGES.has(spec)) out.push(`package "${spec}" (only inkjs is allowed)`);
  }
  const global = HOST_GLOBALS.exec(stripStrings(stripComments(source)));
  if (global) out.push(`host global "${global[1]}"`);
  return out;
}

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

function stripStrings(source: string): string {
  return source.replace(/`(?:\\[\s\S]|[^`\\])*`|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g, "''");
}

function resolveRelative(from: string, spec: string): string {
  const base = resolve(dirname(from), spec.replace(/\.js$/, ''));
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      // try the next candidate
    }
  }
  throw new Error(`cannot resolve ${spec} from ${from}`);
}

describe('engine imports', () => {
  it.each(engineFiles().map((f) => [relative(process.cwd(), f)]))(
    'should keep %s free of Node, DOM and framework imports',
    (file) => {
      const source = readFileSync(file, 'utf8');
      const escaping = specifiersOf(source)
        .filter(
          (spec) => spec.startsWith('.') && relative(ENGINE, resolve(dirname(file), spec)).startsWith('..'),
        )
        .map((spec) => `outside the engine "${spec}"`);
      expect([...violationsOf(source), ...escaping]).toEqual([]);
    },
  );

  it('should keep the compiler out of everything the runtime entry reaches', () => {
    const seen = new Set<string>();
    const stack = [join(ENGINE, 'src', 'index.ts')];
    const offenders: string[] = [];
    while (stack.length > 0) {
      const file = stack.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const spec of specifiersOf(readFileSync(file, 'utf8'))) {
        if (spec === 'inkjs/full' || spec.startsWith('inkjs/compiler'))
          offenders.push(`${relative(ENGINE, file)} imports ${spec}`);
        if (!spec.startsWith('.')) continue;
        const target = resolveRelative(file, spec);
        if (/[\\/](compiler|lint)\.ts$/.test(target))
          offenders.push(`${relative(ENGINE, file)} imports ${relative(ENGINE, target)}`);
        stack.push(target);
      }
    }
    expect(offenders).toEqual([]);
    expect(seen.size).toBeGreaterThan(3);
  });

  it.each([
    ["import { readFileSync } from 'node:fs';", 'Node built-in "node:fs"'],
    ["import path from 'path';", 'Node built-in "path"'],
    ["export { Injectable } from '@nestjs/common';", 'package "@nestjs/common" (only inkjs is allowed)'],
    ["const t = await import('three');", 'package "three" (only inkjs is allowed)'],
    ["import { Repository } from 'typeorm';", 'package "typeorm" (only inkjs is allowed)'],
    ['const w = window.innerWidth;', 'host global "window"'],
    ['document.title = x;', 'host global "document"'],
    ['if (navigator.onLine) {}', 'host global "navigator"'],
    ['const k = process.env.KEY;', 'host global "process"'],
  ])('should flag %j', (source, violation) => {
    expect(violationsOf(source)).toEqual([violation]);
  });

  it('should not flag words in comments or strings', () => {
    expect(
      violationsOf("// window.open('x') and import fs from 'fs'\nconst s = 'the document.title';\n"),
    ).toEqual([]);
  });
});
