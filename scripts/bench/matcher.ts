// Matcher figures over every narratives/*/utterances.json (the tuning part) and
// utterances.heldout.json (never tuned on): accuracy on in-scope utterances (an unsure answer counts
// as a miss), confident wrong choices, false accepts of off-topic sentences and non-answers tried at
// every decision, sentences addressed to the system accepted as answers, and latency. `loadCorpus`
// and `evaluateMatcher` are also used by test/unit/matcher-corpus.test.ts.

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
  /** « aucune idée », « bof »…: never an answer. */
  nonAnswers?: string[];
  /** Sentences addressed to the system (« choisis pour moi », injections): never an answer. */
  system?: string[];
}

export type CorpusPart = 'tuning' | 'heldout';

export interface CorpusScenario {
  id: string;
  choicesAt: Record<string, StoryChoice[]>;
  utterances: UtteranceFile;
}

const PART_FILE: Record<CorpusPart, string> = {
  tuning: 'utterances.json',
  heldout: 'utterances.heldout.json',
};

export function loadCorpus(root = process.cwd(), part: CorpusPart = 'tuning'): CorpusScenario[] {
  const dir = join(root, 'narratives');
  const out: CorpusScenario[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const folder = join(dir, entry.name);
    if (
      !entry.isDirectory() ||
      !existsSync(join(folder, PART_FILE[part])) ||
      !existsSync(join(folder, 'scenario.ink'))
    )
      continue;
    const { json } = compileInk(readFileSync(join(folder, 'scenario.ink'), 'utf8'));
    if (!json) continue;
    const { choicesAt } = exploreStory(json);
    out.push({
      id: entry.name,
      choicesAt,
      utterances: JSON.parse(readFileSync(join(folder, PART_FILE[part]), 'utf8')) as UtteranceFile,
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
  /** Off-topic sentences and non-answers accepted as a choice. */
  falseAccepts: number;
  systemTrials: number;
  systemAccepts: number;
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
    systemTrials: 0,
    systemAccepts: 0,
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
    const { offTopic, nonAnswers = [], system = [] } = scenario.utterances;
    for (const [path, choices] of Object.entries(scenario.choicesAt)) {
      for (const text of [...offTopic, ...nonAnswers]) {
        result.offTopicTrials++;
        const match = timed(text, choices);
        if (match) {
          result.falseAccepts++;
          result.leaks.push({ scenario: scenario.id, path, text, got: match.choiceIndex });
        }
      }
      for (const text of system) {
        result.systemTrials++;
        const match = timed(text, choices);
        if (match) {
          result.systemAccepts++;
          result.leaks.push({ scenario: scenario.id, path, text, got: match.choiceIndex });
        }
      }
    }
  }
  return result;
}

const ratio = (n: number, d: number): number => (d === 0 ? 0 : n / d);

function partFigures(part: CorpusPart, result: MatcherEvaluation): Figure[] {
  const figures: Figure[] = [
    {
      name: `matcher.${part}.accuracy`,
      value: ratio(result.correct, result.inScope),
      unit: 'ratio',
      budget: part === 'heldout' ? '≥ 0.95' : undefined,
    },
    {
      name: `matcher.${part}.confident_wrong`,
      value: ratio(result.wrong, result.inScope),
      unit: 'ratio',
      budget: part === 'heldout' ? '≤ 0.01' : undefined,
    },
    { name: `matcher.${part}.unsure`, value: ratio(result.unsure, result.inScope), unit: 'ratio' },
    {
      name: `matcher.${part}.false_accept`,
      value: ratio(result.falseAccepts, result.offTopicTrials),
      unit: 'ratio',
      budget: '≤ 0.02',
    },
    { name: `matcher.${part}.utterances`, value: result.inScope, unit: 'count' },
  ];
  if (result.systemTrials > 0)
    figures.push({
      name: `matcher.${part}.system_accept`,
      value: ratio(result.systemAccepts, result.systemTrials),
      unit: 'ratio',
      budget: '= 0',
    });
  return figures;
}

export async function run(): Promise<Figure[]> {
  const tuning = loadCorpus(process.cwd(), 'tuning');
  const heldout = loadCorpus(process.cwd(), 'heldout');
  if (tuning.length === 0) throw new Error('aucun narratives/*/utterances.json');
  // Warm-up, then the measured passes.
  evaluateMatcher(tuning);
  const onTuning = evaluateMatcher(tuning);
  const onHeldout = evaluateMatcher(heldout);
  const sorted = [...onTuning.timingsMs, ...onHeldout.timingsMs].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
  if (process.env.BENCH_VERBOSE)
    for (const f of [...onTuning.failures, ...onHeldout.failures, ...onTuning.leaks, ...onHeldout.leaks])
      process.stderr.write(`${JSON.stringify(f)}\n`);
  return [
    ...partFigures('tuning', onTuning),
    ...partFigures('heldout', onHeldout),
    { name: 'matcher.p95_ms', value: p95, unit: 'ms' },
  ];
}
