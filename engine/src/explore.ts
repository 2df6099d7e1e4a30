// Exhaustive exploration of a story's choices: maximum reachable scores, shortest and longest
// playthroughs, dead ends and visited knots. Runtime only (the server computes max scores).

import { EngineError } from './errors.js';
import { knotPath } from './paths.js';
import { DialogueRunner, type DialogueRunnerOptions, type StoryJson } from './runner.js';
import type { Scores, StoryChoice, StoryLine, Turn } from './types.js';

export interface ExploreOptions extends DialogueRunnerOptions {
  /** Distinct story states explored before giving up with `STORY_TOO_LARGE`. @default 50000 */
  maxStates?: number;
  /** Decisions along one playthrough before giving up with `STORY_TOO_LARGE`. @default 500 */
  maxDepth?: number;
  /** Knot names that may end the story. @default names starting with `fin` */
  isEndingKnot?: (knot: string) => boolean;
  /** Called with the lines of every turn played (a turn may be played more than once). */
  onLines?: (lines: readonly StoryLine[]) => void;
}

export interface DeadEnd {
  /** A choice path from the start that reaches it. */
  choices: number[];
  /** Knot path of the last line shown before the story stopped. */
  path: string;
}

export interface StoryRuntimeError extends DeadEnd {
  message: string;
}

export interface ExplorationResult {
  /** Highest final value of each competency over all endings. */
  maxScores: Scores;
  /** Lowest final value of each competency over all endings. */
  minScores: Scores;
  /** Fewest decisions from the start to an ending (choice indices). */
  shortest: number[] | null;
  /** Most decisions from the start to an ending, loops excluded. */
  longest: number[] | null;
  /** Endings reached outside the ending knots (one per knot path). */
  deadEnds: DeadEnd[];
  /** Runtime errors met while playing (e.g. running out of content), one per message and path. */
  storyErrors: StoryRuntimeError[];
  /** Choices offered at each decision path, as first seen. */
  choicesAt: Record<string, StoryChoice[]>;
  /** Decision paths seen, with the number of choices offered there (largest seen). */
  decisions: Record<string, number>;
  /** Knot and `knot.stitch` paths that play reached (lines, choices, visit counts). */
  visited: string[];
  /** Competencies that at least one choice changes. */
  scored: string[];
  /** Distinct story states explored (states that play the same are merged). */
  states: number;
  /** Distinct ending states. */
  endings: number;
}

interface Route {
  shortest: number[] | null;
  longest: number[] | null;
  /** Highest / lowest score gain from this state to an ending, per competency. */
  best: Scores | null;
  worst: Scores | null;
  /** End values of scores the story reads (not additive), as `max:id` / `min:id`. */
  absolute: Scores | null;
}

const RESTART = Symbol('restart');

/**
 * Explores every playthrough (depth first, states deduplicated). Once-only choices record a visit
 * count that would make every path unique; it is ignored for decision points that play never
 * reaches twice, which a first pass finds (the exploration restarts when it discovers one).
 */
export function exploreStory(storyJson: StoryJson, options: ExploreOptions = {}): ExplorationResult {
  const reentrant = new Set<string>();
  for (;;) {
    const before = reentrant.size;
    const result = exploreOnce(storyJson, options, reentrant);
    if (result) return result;
    if (reentrant.size === before) throw new Error('exploration restarted without progress');
  }
}

function exploreOnce(
  storyJson: StoryJson,
  options: ExploreOptions,
  reentrant: Set<string>,
): ExplorationResult | null {
  const maxStates = options.maxStates ?? 50_000;
  const maxDepth = options.maxDepth ?? 500;
  const isEnding = options.isEndingKnot ?? ((knot: string) => knot.startsWith('fin'));
  const parsed =
    typeof storyJson === 'string' ? (JSON.parse(storyJson) as Record<string, unknown>) : storyJson;
  const runner = new DialogueRunner(parsed, options);
  const story = runner.inkStory;
  const ids = Object.keys(runner.scores());
  // Scores that the story only ever increments do not change how it plays: states that differ
  // only by them are merged, and the best/worst gain from each state is computed once.
  const additive = additiveVariables(parsed, ids);

  const memo = new Map<string, Route>();
  const onStack = new Set<string>();
  const visited = new Set<string>();
  const decisions: Record<string, number> = {};
  const choicesAt: Record<string, StoryChoice[]> = {};
  const scored = new Set<string>();
  const deadEnds: DeadEnd[] = [];
  const storyErrors: StoryRuntimeError[] = [];
  let endings = 0;
  const trail: number[] = [];
  const trailDecisions: string[] = [];

  // Plays the turn after a choice (or the start); returns the route from the reached state and the
  // score change of that turn.
  const visit = (lastPath: string): { route: Route | null; delta: Scores } => {
    const start = runner.scores();
    let turn: Turn;
    try {
      turn = runner.next();
      options.onLines?.(turn.lines);
    } catch (error) {
      if (!(error instanceof EngineError) || error.code !== 'STORY_ERROR') throw error;
      if (!storyErrors.some((e) => e.message === error.message && e.path === lastPath)) {
        storyErrors.push({ choices: [...trail], path: lastPath, message: error.message });
      }
      return { route: null, delta: Object.fromEntries(ids.map((id) => [id, 0])) };
    }
    const arrived = runner.scores();
    const delta: Scores = {};
    for (const id of ids) {
      delta[id] = arrived[id] - start[id];
      if (delta[id] !== 0) scored.add(id);
    }
    for (const line of turn.lines) visited.add(line.path);
    const path = turn.lines.length > 0 ? turn.lines[turn.lines.length - 1].path : lastPath;
    if (turn.ended && !isEnding(path.split('.')[0]) && !deadEnds.some((d) => d.path === path)) {
      deadEnds.push({ choices: [...trail], path });
    }
    const inkState = JSON.parse(story.state.ToJson() as string) as InkStateJson;
    const key = stateKey(inkState, reentrant, additive);
    const known = memo.get(key);
    if (known) return { route: known, delta };
    if (onStack.has(key)) return { route: null, delta };
    if (memo.size >= maxStates || trail.length > maxDepth) {
      throw new EngineError(
        'STORY_TOO_LARGE',
        `Histoire trop grande pour être explorée (plus de ${maxStates} états ou ${maxDepth} décisions).`,
        {
          maxStates,
          maxDepth,
        },
      );
    }
    for (const visitedPath of Object.keys(inkState.visitCounts ?? {})) visited.add(knotPath(visitedPath));

    if (turn.ended) {
      endings++;
      const zero = Object.fromEntries(ids.map((id) => [id, 0]));
      const route: Route = {
        shortest: [],
        longest: [],
        best: { ...zero },
        worst: { ...zero },
        absolute: additive.size < ids.length ? arrived : null,
      };
      memo.set(key, route);
      return { route, delta };
    }

    const decision = runner.decisionPath ?? '';
    if (
      !reentrant.has(decision) &&
      (trailDecisions.includes(decision) || hasChoiceVisits(inkState, decision))
    ) {
      reentrant.add(decision);
      throw RESTART;
    }
    trailDecisions.push(decision);
    visited.add(decision);
    decisions[decision] = Math.max(decisions[decision] ?? 0, turn.choices.length);
    choicesAt[decision] ??= turn.choices;
    onStack.add(key);
    const saved = runner.saveState();
    const route: Route = { shortest: null, longest: null, best: null, worst: null, absolute: null };
    for (const choice of turn.choices) {
      if (choice.index > 0) runner.restoreState(saved);
      runner.choose(choice.index);
      trail.push(choice.index);
      const { route: child, delta: step } = visit(path);
      trail.pop();
      if (!child || !child.best || !child.worst) continue;
      if (child.shortest && (!route.shortest || child.shortest.length + 1 < route.shortest.length)) {
        route.shortest = [choice.index, ...child.shortest];
      }
      // On ties, the later choice wins: with equal lengths, shortest and longest then differ.
      if (child.longest && (!route.longest || child.longest.length + 1 >= route.longest.length)) {
        route.longest = [choice.index, ...child.longest];
      }
      route.best ??= {};
      route.worst ??= {};
      for (const id of ids) {
        const high = step[id] + child.best[id];
        const low = step[id] + child.worst[id];
        route.best[id] = Math.max(route.best[id] ?? high, high);
        route.worst[id] = Math.min(route.worst[id] ?? low, low);
      }
      if (child.absolute) mergeAbsolute(route, child.absolute);
    }
    onStack.delete(key);
    trailDecisions.pop();
    memo.set(key, route);
    return { route, delta };
  };

  let root: Route | null;
  let initial: Scores;
  let firstDelta: Scores;
  try {
    initial = runner.scores();
    ({ route: root, delta: firstDelta } = visit(''));
  } catch (error) {
    if (error === RESTART) return null;
    throw error;
  }
  visited.delete('');
  const maxScores: Scores = {};
  const minScores: Scores = {};
  if (root?.best && root.worst) {
    for (const id of ids) {
      // Non-additive scores (read by the story's logic) are tracked as absolute end values.
      const absoluteHigh = root.absolute?.[`max:${id}`];
      const absoluteLow = root.absolute?.[`min:${id}`];
      maxScores[id] =
        additive.has(id) || absoluteHigh === undefined
          ? initial[id] + firstDelta[id] + root.best[id]
          : absoluteHigh;
      minScores[id] =
        additive.has(id) || absoluteLow === undefined
          ? initial[id] + firstDelta[id] + root.worst[id]
          : absoluteLow;
    }
  }
  return {
    maxScores,
    minScores,
    shortest: root?.shortest ?? null,
    longest: root?.longest ?? null,
    deadEnds,
    storyErrors,
    choicesAt,
    decisions,
    visited: [...visited].sort(),
    scored: [...scored].sort(),
    states: memo.size,
    endings,
  };
}

// Ending values of the non-additive scores, carried up as `max:id` / `min:id`.
function mergeAbsolute(route: Route, child: Scores): void {
  const into = (route.absolute ??= {});
  for (const [key, value] of Object.entries(child)) {
    const [kind, id] = key.includes(':') ? key.split(':') : ['', key];
    if (kind === 'max' || kind === '') into[`max:${id}`] = Math.max(into[`max:${id}`] ?? value, value);
    if (kind === 'min' || kind === '') into[`min:${id}`] = Math.min(into[`min:${id}`] ?? value, value);
  }
}

/** Score VARs that the story only changes by `x = x ± n` and never reads otherwise. */
export function additiveVariables(storyJson: StoryJson, ids: readonly string[]): Set<string> {
  const parsed = typeof storyJson === 'string' ? (JSON.parse(storyJson) as unknown) : storyJson;
  const read = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const token = node[i] as Record<string, unknown> | null;
        const name = token && typeof token === 'object' && !Array.isArray(token) ? token['VAR?'] : undefined;
        if (typeof name === 'string') {
          // `~ x = x + n` compiles to: {VAR?: x}, n, "+", "/ev", "ev"?, {VAR=: x, re: true}
          let j = i + 1;
          const isNumber = typeof node[j] === 'number';
          const op = node[j + 1];
          j += 2;
          while (node[j] === '/ev' || node[j] === 'ev') j++;
          const assign = node[j] as Record<string, unknown> | undefined;
          if (
            isNumber &&
            (op === '+' || op === '-') &&
            assign &&
            typeof assign === 'object' &&
            assign['VAR='] === name &&
            assign['re'] === true
          ) {
            i = j;
            continue;
          }
          read.add(name);
          continue;
        }
        walk(token);
      }
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '^var' && typeof value === 'string') read.add(value);
        else walk(value);
      }
    }
  };
  walk(parsed);
  return new Set(ids.filter((id) => !read.has(id)));
}

/** Maximum reachable value of each competency (server: `maxScores` of a completed session). */
export function maxReachableScores(storyJson: StoryJson, options: ExploreOptions = {}): Scores {
  return exploreStory(storyJson, options).maxScores;
}

interface InkStateJson {
  flows: Record<
    string,
    {
      callstack: { threads: { callstack: unknown }[] };
      currentChoices?: { text: string; targetPath: string }[];
    }
  >;
  currentFlowName: string;
  variablesState: unknown;
  visitCounts?: Record<string, number>;
  turnIndices: unknown;
  storySeed: unknown;
  previousRandom: unknown;
}

// Two states that differ only by bookkeeping (output already shown, thread numbering, the
// global turn counter) play the same from here on: they share a key.
function stateKey(
  state: InkStateJson,
  reentrant: ReadonlySet<string>,
  additive: ReadonlySet<string>,
): string {
  const flow = state.flows[state.currentFlowName];
  const variables: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(state.variablesState as Record<string, unknown>)) {
    if (!additive.has(name)) variables[name] = value;
  }
  const visits: Record<string, number> = {};
  for (const [path, count] of Object.entries(state.visitCounts ?? {})) {
    if (!isChoicePath(path) || reentrant.has(knotPath(path))) visits[path] = count;
  }
  return JSON.stringify([
    variables,
    visits,
    state.turnIndices,
    state.storySeed,
    state.previousRandom,
    flow?.callstack.threads.map((t) => t.callstack),
    flow?.currentChoices?.map((c) => [c.text, c.targetPath]),
  ]);
}

function isChoicePath(path: string): boolean {
  return /(^|\.)c-\d+(\.|$)/.test(path);
}

function hasChoiceVisits(state: InkStateJson, decision: string): boolean {
  for (const path of Object.keys(state.visitCounts ?? {}))
    if (isChoicePath(path) && knotPath(path) === decision) return true;
  return false;
}
