// Studio diagnostics latency: a ~30k-word script built from the real narratives (each scenario's
// knots renamed apart), compiled and linted exactly as the editor's worker does; baseline the plain
// inkjs compile of the same text in the same run.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { compileInk } from '../../engine/src/compiler.js';
import { lintScenario } from '../../engine/src/lint.js';
import { storyMap } from '../../engine/src/story-map.js';
import type { Figure } from '../bench.js';

const ROOT = join(process.cwd(), 'narratives');

/** The narratives joined into one story of at least `words` words. */
export function bigScript(words = 33_000): string {
  const folders = readdirSync(ROOT)
    .filter((f) => existsSync(join(ROOT, f, 'scenario.ink')))
    .sort();
  const vars = new Set<string>();
  const bodies: string[] = [];
  let total = 0;
  let starts: string[] = [];
  for (let round = 0; total < words; round++) {
    for (const folder of folders) {
      if (total >= words) break;
      const prefix = `s${round}_${folder.replace(/-/g, '_')}_`;
      const source = readFileSync(join(ROOT, folder, 'scenario.ink'), 'utf8');
      const knots = [...source.matchAll(/^\s*={2,}\s*([\p{L}\w]+)/gmu)].map((m) => m[1]!);
      const rename = (name: string) => (knots.includes(name) ? `${prefix}${name}` : name);
      const lines = source.split('\n').filter((l) => !/^\s*#\s*(id|title|sector|job|duration):/.test(l));
      const body: string[] = [];
      let inKnots = false;
      for (const line of lines) {
        if (/^\s*VAR\s/.test(line)) {
          vars.add(line.trim());
          continue;
        }
        if (/^\s*={2,}/.test(line)) inKnots = true;
        if (!inKnots) {
          const start = /->\s*([\p{L}\w]+)/u.exec(line)?.[1];
          if (start) starts.push(rename(start));
          continue;
        }
        body.push(
          line
            .replace(/^(\s*={2,}\s*)([\p{L}\w]+)/u, (_, a: string, n: string) => `${a}${rename(n)}`)
            .replace(/->\s*([\p{L}\w]+)/gu, (_, n: string) => `-> ${rename(n)}`),
        );
      }
      // Each copy's ending leads to the next copy instead of ending the story.
      bodies.push(body.join('\n'));
      total += body
        .join(' ')
        .split(/\s+/)
        .filter((w) => /[\p{L}]/u.test(w)).length;
    }
  }
  starts = starts.slice(0, 1);
  return [
    '# id: bench-30k',
    '# title: Trente mille mots',
    '# sector: energies-renouvelables',
    '# job: Banc d’essai',
    '# duration: 10',
    '',
    ...vars,
    '',
    `-> ${starts[0]}`,
    '',
    ...bodies,
  ].join('\n');
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => void, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

export async function run(): Promise<Figure[]> {
  const source = bigScript();
  const referential = (
    JSON.parse(readFileSync(join(ROOT, 'referentiel-competences.json'), 'utf8')) as {
      competences: { id: string }[];
    }
  ).competences.map((c) => c.id);
  const metier = JSON.parse(readFileSync(join(ROOT, 'technicienne-eolienne', 'metier.json'), 'utf8'));
  const compiled = compileInk(source, { fileName: 'scenario.ink' });
  if (!compiled.json)
    throw new Error(`the 30k-word script does not compile: ${compiled.diagnostics[0]?.message ?? '?'}`);
  const words = compiled.stats?.words ?? 0;
  const baseline = time(() => compileInk(source, { fileName: 'scenario.ink' }), 5);
  const diagnostics = time(() => {
    lintScenario({ source, fileName: 'scenario.ink', referential, metier, expectedId: 'bench-30k' });
    storyMap(source);
  }, 5);
  return [
    { name: 'studio.script_words', value: words, unit: 'words' },
    {
      name: 'studio.diagnostics_30k_words_ms',
      value: diagnostics,
      unit: 'ms',
      budget: '≤ 300 ms',
      baseline: { name: 'inkjs_compile', value: baseline },
    },
    { name: 'studio.inkjs_compile_30k_words_ms', value: baseline, unit: 'ms' },
  ];
}
