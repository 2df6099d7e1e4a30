// The server's only door to the engine: compile at seed time, replay at completion.
import {
  DialogueRunner,
  isEngineError,
  maxReachableScores,
  replay,
  type ReplayResult,
  type ScenarioMeta,
  type Scores,
} from '../../../../engine/src/index.js';
import { compileInk, type CompileOutput } from '../../../../engine/src/compiler.js';

export type { ReplayResult, ScenarioMeta, Scores };

export function compileScenario(source: string, fileName: string): CompileOutput {
  return compileInk(source, { fileName });
}

export function scenarioMeta(compiledJson: string): ScenarioMeta {
  return new DialogueRunner(compiledJson).meta();
}

/** Authoritative replay; throws the engine's `INVALID_CHOICE` error on an impossible path. */
export function replayChoices(
  compiledJson: string,
  choices: readonly number[],
  competencies: readonly string[],
): ReplayResult {
  return replay(compiledJson, choices, { competencies });
}

export interface MaxScores {
  maxScores: Scores;
  /** False when the exploration hit its budget: the maxima are then lower bounds. */
  exhaustive: boolean;
}

/**
 * Highest final value of each competency over every playthrough (the engine's exhaustive
 * exploration); for a story too large to explore, a bounded depth-first search gives lower bounds.
 */
export function computeMaxScores(compiledJson: string, competencies: readonly string[]): MaxScores {
  try {
    return { maxScores: maxReachableScores(compiledJson, { competencies }), exhaustive: true };
  } catch (error) {
    if (isEngineError(error) && error.code === 'STORY_TOO_LARGE')
      return boundedMaxScores(compiledJson, competencies);
    throw error;
  }
}

function boundedMaxScores(
  compiledJson: string,
  competencies: readonly string[],
  limits: { maxEndings?: number; maxDepth?: number } = {},
): MaxScores {
  const maxEndings = limits.maxEndings ?? 20_000;
  const maxDepth = limits.maxDepth ?? 200;
  const runner = new DialogueRunner(compiledJson, { competencies });
  const best: Scores = {};
  let endings = 0;
  let exhaustive = true;

  const visit = (depth: number): void => {
    if (endings >= maxEndings) {
      exhaustive = false;
      return;
    }
    const turn = runner.next();
    if (turn.ended || depth >= maxDepth) {
      if (!turn.ended) exhaustive = false;
      endings++;
      for (const [id, value] of Object.entries(runner.scores()))
        best[id] = Math.max(best[id] ?? value, value);
      return;
    }
    const saved = runner.saveState();
    for (let index = 0; index < turn.choices.length; index++) {
      if (index > 0) runner.restoreState(saved);
      runner.choose(index);
      visit(depth + 1);
    }
  };
  visit(0);
  return { maxScores: best, exhaustive };
}
