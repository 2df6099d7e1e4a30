// `npm run narratives:record [ids…]`: records golden playthroughs into narratives/<id>/golden.json:
// the shortest and the longest playthrough (by number of decisions, found by exploring the story)
// plus every other playthrough already listed in the file (re-recorded with the same choices).

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileInk } from '../engine/src/compiler.js';
import { exploreStory } from '../engine/src/explore.js';
import { replay } from '../engine/src/runner.js';

export interface GoldenPlaythrough {
  name: string;
  choices: number[];
  expected: { scores: Record<string, number>; lineIds: string[]; tags: string[][]; ended: boolean };
}

export interface GoldenFile {
  playthroughs: GoldenPlaythrough[];
}

export const SHORTEST = 'plus court';
export const LONGEST = 'plus long';

export function referentialIds(root = process.cwd()): string[] {
  const raw = JSON.parse(readFileSync(join(root, 'narratives', 'referentiel-competences.json'), 'utf8')) as {
    competences: { id: string }[];
  };
  return raw.competences.map((c) => c.id);
}

/** Compiles a scenario and returns its story JSON as the headset receives it (JSON round-trip). */
export function compileScenario(folder: string): string {
  const { json, diagnostics } = compileInk(readFileSync(join(folder, 'scenario.ink'), 'utf8'), {
    fileName: join(folder, 'scenario.ink'),
  });
  if (!json) {
    const first = diagnostics.find((d) => d.severity === 'error');
    throw new Error(
      `ne compile pas : ${first ? `${first.file}:${first.line}: ${first.message}` : 'erreur inconnue'}`,
    );
  }
  return JSON.stringify(JSON.parse(json));
}

export function record(folder: string, competencies: readonly string[]): GoldenFile {
  const json = compileScenario(folder);
  const exploration = exploreStory(json, { competencies });
  const goldenPath = join(folder, 'golden.json');
  const previous = existsSync(goldenPath)
    ? (JSON.parse(readFileSync(goldenPath, 'utf8')) as GoldenFile)
    : { playthroughs: [] };
  const wanted: { name: string; choices: number[] }[] = [];
  if (exploration.shortest) wanted.push({ name: SHORTEST, choices: exploration.shortest });
  if (exploration.longest) wanted.push({ name: LONGEST, choices: exploration.longest });
  for (const p of previous.playthroughs)
    if (p.name !== SHORTEST && p.name !== LONGEST) wanted.push({ name: p.name, choices: p.choices });
  return {
    playthroughs: wanted.map(({ name, choices }) => {
      const result = replay(json, choices, { competencies });
      return {
        name,
        choices,
        expected: {
          scores: result.scores,
          lineIds: result.lines.map((l) => l.lineId),
          tags: result.lines.map((l) => l.tags),
          ended: result.ended,
        },
      };
    }),
  };
}

function main(argv: string[]): number {
  const root = process.cwd();
  const dir = join(root, 'narratives');
  const ids =
    argv.length > 0
      ? argv
      : readdirSync(dir, { withFileTypes: true })
          .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'scenario.ink')))
          .map((e) => e.name);
  const competencies = referentialIds(root);
  let failed = 0;
  for (const id of ids.sort()) {
    const folder = join(dir, id);
    try {
      const golden = record(folder, competencies);
      writeFileSync(join(folder, 'golden.json'), `${JSON.stringify(golden, null, 2)}\n`);
      process.stdout.write(
        `${id} : ${golden.playthroughs.map((p) => `${p.name} (${p.choices.length} décisions)`).join(', ')}\n`,
      );
    } catch (error) {
      failed++;
      process.stderr.write(`${id} : ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

if (/narratives-record\.ts$/.test(process.argv[1] ?? '')) process.exitCode = main(process.argv.slice(2));
