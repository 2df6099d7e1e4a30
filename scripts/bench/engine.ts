// Engine figures: cost of one turn (vs a raw inkjs Continue() loop on the same paths), compile
// time of a generated 30k-word story, and the server's replay of a full session. Times are CPU
// time of this process (`process.cpuUsage`), steadier than wall time on a shared machine.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Story } from 'inkjs';
import { compileInk } from '../../engine/src/compiler.js';
import { DialogueRunner, PreparedStory, exploreStory, replay } from '../../engine/src/index.js';
import type { Figure } from '../bench.js';

function scenarios(): { id: string; json: string }[] {
  const dir = join(process.cwd(), 'narratives');
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'scenario.ink')))
    .flatMap((e) => {
      const { json } = compileInk(readFileSync(join(dir, e.name, 'scenario.ink'), 'utf8'));
      return json ? [{ id: e.name, json: JSON.stringify(JSON.parse(json)) }] : [];
    });
}

// Deterministic pseudo-random choices (same paths for the engine and the baseline).
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Generated story of about `words` words: knots of lines and three-way decisions. */
export function generatedStory(words: number): string {
  const vocabulary =
    'le technicien vérifie la turbine avant de monter dans la nacelle avec son binôme et un harnais neuf'.split(
      ' ',
    );
  const knots = Math.ceil(words / 100);
  let out =
    '# id: genere\n# title: Histoire générée\n# sector: recyclage\n# job: Banc\n# duration: 60\nVAR rigueur = 0\nVAR securite = 0\n-> k0\n';
  let n = 0;
  for (let k = 0; k < knots; k++) {
    out += `== k${k} ==\n`;
    for (let line = 0; line < 8; line++) {
      const sentence = Array.from({ length: 11 }, () => vocabulary[n++ % vocabulary.length]).join(' ');
      out += `${sentence}. # speaker: lea\n`;
    }
    const next = k + 1 < knots ? `k${k + 1}` : 'fin';
    out += `* [Je vérifie encore une fois.]\n  ~ rigueur = rigueur + 1\n  -> ${next}\n`;
    out += `* [Je sécurise la zone.]\n  ~ securite = securite + 1\n  -> ${next}\n`;
    out += `* [Je continue.]\n  -> ${next}\n`;
  }
  return `${out}== fin ==\nFin. # speaker: lea\n-> END\n`;
}

// CPU time of this process, in ms: the machine is shared, so wall time mostly measures the others.
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** CPU µs per turn (`next()` + `choose()`), story construction excluded, for the engine and raw inkjs. */
function timeTurns(json: string, paths: number): { engineUs: number; inkUs: number } {
  let turns = 0;
  let engineMs = 0;
  let inkMs = 0;
  for (let p = 0; p < paths; p++) {
    let random = lcg(p + 1);
    const runner = new DialogueRunner(json);
    let start = cpuMs();
    let turn = runner.next();
    turns++;
    while (!turn.ended) {
      runner.choose(Math.floor(random() * turn.choices.length));
      turn = runner.next();
      turns++;
    }
    engineMs += cpuMs() - start;

    random = lcg(p + 1);
    const story = new Story(json);
    start = cpuMs();
    for (;;) {
      while (story.canContinue) {
        story.Continue();
        void story.currentTags;
      }
      const choices = story.currentChoices.length;
      if (choices === 0) break;
      story.ChooseChoiceIndex(Math.floor(random() * choices));
    }
    inkMs += cpuMs() - start;
  }
  return { engineUs: (engineMs * 1000) / turns, inkUs: (inkMs * 1000) / turns };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function run(): Promise<Figure[]> {
  const stories = scenarios();
  if (stories.length === 0) throw new Error('aucun scénario compilable dans narratives/');
  const largest = stories.reduce((a, b) => (b.json.length > a.json.length ? b : a));

  timeTurns(largest.json, 20);
  const turns = timeTurns(largest.json, 200);

  const source = generatedStory(30_000);
  compileInk(source);
  const compileRuns: number[] = [];
  let words = 0;
  for (let i = 0; i < 3; i++) {
    const start = cpuMs();
    const result = compileInk(source);
    compileRuns.push(cpuMs() - start);
    words = result.stats?.words ?? 0;
  }
  const compileMs = median(compileRuns);

  const exploration = exploreStory(largest.json);
  const path = exploration.longest ?? [];
  // Replays are short: time batches of 20 so that the CPU clock's granularity does not matter.
  const batch = (fn: () => void): number => {
    const start = cpuMs();
    for (let i = 0; i < 20; i++) fn();
    return (cpuMs() - start) / 20;
  };
  const prepared = new PreparedStory(largest.json);
  const replayRuns: number[] = [];
  const preparedRuns: number[] = [];
  for (let i = 0; i < 10; i++) {
    replayRuns.push(batch(() => replay(largest.json, path)));
    preparedRuns.push(batch(() => replay(prepared, path)));
  }
  const exploreRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = cpuMs();
    exploreStory(largest.json);
    exploreRuns.push(cpuMs() - start);
  }

  return [
    {
      name: 'engine.turn_us',
      value: turns.engineUs,
      unit: 'µs',
      budget: '≤ 1000 µs',
      baseline: { name: 'inkjs_continue', value: turns.inkUs },
    },
    { name: 'engine.inkjs_turn_us', value: turns.inkUs, unit: 'µs' },
    {
      name: 'engine.compile_ms_per_10k_words',
      value: (compileMs * 10_000) / Math.max(1, words),
      unit: 'ms',
      budget: '≤ 333 ms',
    },
    {
      name: 'engine.compile_30k_words_ms',
      value: (compileMs * 30_000) / Math.max(1, words),
      unit: 'ms',
      budget: '≤ 1000 ms',
    },
    { name: 'engine.replay_ms', value: median(replayRuns), unit: 'ms', budget: '≤ 5 ms' },
    { name: 'engine.replay_prepared_ms', value: median(preparedRuns), unit: 'ms', budget: '≤ 5 ms' },
    { name: 'engine.max_scores_ms', value: median(exploreRuns), unit: 'ms' },
  ];
}
