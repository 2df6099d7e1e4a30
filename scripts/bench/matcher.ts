// Matcher figures over every narratives/*/utterances.json: accuracy on in-scope utterances (an
// unsure answer counts as a miss), false accepts of off-topic utterances tried at every decision,
// and latency. `loadCorpus` and `evaluateMatcher` are also used by test/unit/matcher-corpus.test.ts.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileInk } from '../../engine/src/compiler.js';
import { exploreStory } from '../../engine/src/explore.js';
import { matchChoice, type MatcherOptions } from '../../engine/src/matcher/index.js';
import type { StoryChoice } from '../../engine/src/types.js';
import type { Figure } from '../bench.js';

export interface UtteranceFile {
  decisions: { path: string; utterances: { text: string; expect: number }[] }[];
  offTopic: string[];
}

export interface CorpusScenario {
  id: string;
  choicesAt: Record<string, StoryChoice[]>;
  utterances: UtteranceFile;
}

export function loadCorpus(root = process.cwd()): CorpusScenario[] {
  const dir = join(root, 'narratives');
  const out: CorpusScenario[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const folder = join(dir, entry.name);
    if (
      !entry.isDirectory() ||
      !existsSync(join(folder, 'utterances.json')) ||
      !existsSync(join(folder, 'scenario.ink'))
    )
      continue;
    const { json } = compileInk(readFileSync(join(folder, 'scenario.ink'), 'utf8'));
    if (!json) continue;
    const { choicesAt } = exploreStory(json);
    out.push({
      id: entry.name,
      choicesAt,
      utterances: JSON.parse(readFileSync(join(folder, 'utterances.json'), 'utf8')) as UtteranceFile,
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

export interface MatcherEvaluation {
  inScope: number;
  correct: number;
  wrong: number;
  unsure: number;
  offTopicTrials: number;
  falseAccepts: number;
  /** Decisions named in utterances.json that the story does not have. */
  unknownPaths: string[];
  failures: { scenario: string; path: string; text: string; expected: number; got: number | null }[];
  leaks: { scenario: string; path: string; text: string; got: number }[];
  timingsMs: number[];
}

/** Accuracy = correct / in-scope (an unsure answer counts as a miss); off-topic utterances are tried at every decision. */
export function evaluateMatcher(corpus: CorpusScenario[], options: MatcherOptions = {}): MatcherEvaluation {
  const result: MatcherEvaluation = {
    inScope: 0,
    correct: 0,
    wrong: 0,
    unsure: 0,
    offTopicTrials: 0,
    falseAccepts: 0,
    unknownPaths: [],
    failures: [],
    leaks: [],
    timingsMs: [],
  };
  const timed = (text: string, choices: StoryChoice[]) => {
    const start = performance.now();
    const match = matchChoice(text, choices, options);
    result.timingsMs.push(performance.now() - start);
    return match;
  };
  for (const scenario of corpus) {
    for (const decision of scenario.utterances.decisions) {
      const choices = scenario.choicesAt[decision.path];
      if (!choices) {
        result.unknownPaths.push(`${scenario.id}:${decision.path}`);
        continue;
      }
      for (const u of decision.utterances) {
        result.inScope++;
        const match = timed(u.text, choices);
        if (match?.choiceIndex === u.expect) result.correct++;
        else {
          if (match) result.wrong++;
          else result.unsure++;
          result.failures.push({
            scenario: scenario.id,
            path: decision.path,
            text: u.text,
            expected: u.expect,
            got: match?.choiceIndex ?? null,
          });
        }
      }
    }
    for (const [path, choices] of Object.entries(scenario.choicesAt)) {
      for (const text of scenario.utterances.offTopic) {
        result.offTopicTrials++;
        const match = timed(text, choices);
        if (match) {
          result.falseAccepts++;
          result.leaks.push({ scenario: scenario.id, path, text, got: match.choiceIndex });
        }
      }
    }
  }
  return result;
}

export async function run(): Promise<Figure[]> {
  const corpus = loadCorpus();
  if (corpus.length === 0) throw new Error('aucun narratives/*/utterances.json');
  // Warm-up, then the measured pass.
  evaluateMatcher(corpus);
  const result = evaluateMatcher(corpus);
  const sorted = [...result.timingsMs].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
  return [
    { name: 'matcher.accuracy', value: result.correct / result.inScope, unit: 'ratio', budget: '≥ 0.90' },
    { name: 'matcher.wrong', value: result.wrong / result.inScope, unit: 'ratio' },
    { name: 'matcher.unsure', value: result.unsure / result.inScope, unit: 'ratio' },
    {
      name: 'matcher.false_accept',
      value: result.falseAccepts / result.offTopicTrials,
      unit: 'ratio',
      budget: '≤ 0.05',
    },
    { name: 'matcher.p95_ms', value: p95, unit: 'ms' },
    { name: 'matcher.utterances', value: result.inScope, unit: 'count' },
  ];
}
