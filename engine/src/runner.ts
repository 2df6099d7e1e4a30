// The dialogue runtime: plays compiled ink turn by turn, with scores and evidence.
// Imports the inkjs runtime only (headset bundle).

import { Story } from 'inkjs';
import { EngineError } from './errors.js';
import { DECISION_TITLE_TAG } from './decision-titles.js';
import { hashId, knotPath } from './paths.js';
import { parseMeta, parseTag, sayPhrasings } from './tags.js';
import type { Evidence, ReplayResult, ScenarioMeta, Scores, StoryChoice, StoryLine, Turn } from './types.js';

export type StoryJson = string | Record<string, unknown>;

/**
 * A story parsed once and reused (server replays): building the inkjs runtime from JSON costs far
 * more than playing a session. Runners made from it share one inkjs story, reset on construction:
 * use one runner at a time (replays are synchronous, so `replay()` is safe).
 */
export class PreparedStory {
  /** @internal */
  readonly story: Story;
  /** @internal */
  readonly declared: Map<string, unknown>;

  constructor(json: StoryJson) {
    const parsed = typeof json === 'string' ? parseStoryJson(json) : json;
    if (!parsed || typeof parsed !== 'object' || !Array.isArray((parsed as { root?: unknown }).root)) {
      throw new EngineError('INVALID_STORY', 'Histoire compilée illisible : ce n’est pas du JSON ink.');
    }
    try {
      this.story = new Story(parsed as Record<string, unknown>);
    } catch (error) {
      throw new EngineError('INVALID_STORY', `Histoire compilée illisible : ${messageOf(error)}`);
    }
    this.declared = declaredVariables(parsed);
  }
}

function parseStoryJson(json: string): Record<string, unknown> {
  try {
    return JSON.parse(json) as Record<string, unknown>;
  } catch (error) {
    throw new EngineError('INVALID_STORY', `Histoire compilée illisible : ${messageOf(error)}`);
  }
}

export interface DialogueRunnerOptions {
  /**
   * Competency ids (the referential): the global VARs with these names are the scores.
   * @default every global VAR whose initial value is an integer
   */
  competencies?: readonly string[];
}

interface PendingChoice {
  before: Scores;
  step: number;
  choiceIndex: number;
  choiceText: string;
  path: string;
}

interface SavedState {
  format: 'eclore-runner/1';
  ink: string;
  step: number;
  evidence: Evidence[];
  pending: PendingChoice | null;
  started: boolean;
}

/** Global VARs declared by a compiled story, with their initial values. */
export function declaredVariables(json: StoryJson): Map<string, unknown> {
  const parsed = (typeof json === 'string' ? JSON.parse(json) : json) as { root?: unknown[] } | null;
  const vars = new Map<string, unknown>();
  const root = parsed?.root;
  const last = Array.isArray(root) ? root[root.length - 1] : null;
  const decl = last && typeof last === 'object' ? (last as Record<string, unknown>)['global decl'] : null;
  if (!Array.isArray(decl)) return vars;
  for (let i = 1; i < decl.length; i++) {
    const token = decl[i];
    if (
      token &&
      typeof token === 'object' &&
      typeof (token as Record<string, unknown>)['VAR='] === 'string'
    ) {
      vars.set((token as Record<string, string>)['VAR='], decl[i - 1]);
    }
  }
  return vars;
}

/** Names of the scored VARs: the referential ids that the story declares, or every integer VAR. */
export function scoredVariables(
  json: StoryJson | Map<string, unknown>,
  competencies?: readonly string[],
): string[] {
  const declared = json instanceof Map ? json : declaredVariables(json);
  if (competencies) return competencies.filter((id) => declared.has(id));
  return [...declared].filter(([, value]) => Number.isInteger(value)).map(([name]) => name);
}

export class DialogueRunner {
  private readonly story: Story;
  private readonly scored: string[];
  private stepCount = 0;
  private evidenceList: Evidence[] = [];
  private pending: PendingChoice | null = null;
  private started = false;
  private runtimeErrors: string[] = [];

  constructor(storyJson: StoryJson | PreparedStory, options: DialogueRunnerOptions = {}) {
    if (storyJson instanceof PreparedStory) {
      this.story = storyJson.story;
      this.story.ResetState();
      this.scored = scoredVariables(storyJson.declared, options.competencies);
    } else {
      const parsed = typeof storyJson === 'string' ? parseStoryJson(storyJson) : storyJson;
      if (!parsed || typeof parsed !== 'object' || !Array.isArray((parsed as { root?: unknown }).root)) {
        throw new EngineError('INVALID_STORY', 'Histoire compilée illisible : ce n’est pas du JSON ink.');
      }
      try {
        this.story = new Story(parsed);
      } catch (error) {
        throw new EngineError('INVALID_STORY', `Histoire compilée illisible : ${messageOf(error)}`);
      }
      this.scored = scoredVariables(parsed, options.competencies);
    }
    this.story.allowExternalFunctionFallbacks = true;
    this.story.onError = (message: string, type: number) => {
      if (type === 2) this.runtimeErrors.push(message);
    };
  }

  /** Header tags as scenario metadata. */
  meta(): ScenarioMeta {
    return parseMeta(this.story.globalTags);
  }

  /** Number of choices made so far (the step of the next decision). */
  get step(): number {
    return this.stepCount;
  }

  /** Knot or `knot.stitch` of the choice point now offered; null when no choice is offered. */
  get decisionPath(): string | null {
    const first = this.story.currentChoices[0];
    return first ? knotPath(first.sourcePath) : null;
  }

  get ended(): boolean {
    return !this.story.canContinue && this.story.currentChoices.length === 0;
  }

  /** Plays until the next choice point or the end. Calling it again without choosing returns no new lines. */
  next(): Turn {
    const lines: StoryLine[] = [];
    const header = this.started ? null : new Set(this.story.globalTags ?? []);
    this.started = true;
    while (this.story.canContinue) {
      const text = this.continueOnce();
      let tags = this.story.currentTags ?? [];
      if (header && lines.length === 0) tags = tags.filter((tag: string) => !header.has(tag));
      const trimmed = text.trim();
      if (!trimmed) continue;
      lines.push(this.toLine(trimmed, tags));
    }
    const choices = this.choices();
    this.settlePending();
    return { lines, choices, ended: choices.length === 0 };
  }

  /** Chooses among the choices offered by the last `next()`. */
  choose(index: number): void {
    const offered = this.story.currentChoices;
    const choice = Number.isInteger(index) ? offered[index] : undefined;
    if (!choice) {
      throw new EngineError(
        'INVALID_CHOICE',
        `Le choix ${index} n’est pas proposé à l’étape ${this.stepCount}.`,
        {
          step: this.stepCount,
          index,
          offered: offered.length,
        },
      );
    }
    this.settlePending();
    this.pending = {
      before: this.scores(),
      step: this.stepCount,
      choiceIndex: index,
      choiceText: choice.text,
      path: knotPath(choice.sourcePath),
    };
    this.story.ChooseChoiceIndex(index);
    this.stepCount++;
  }

  /** Current values of the competency VARs. */
  scores(): Scores {
    const scores: Scores = {};
    for (const name of this.scored) {
      const value = this.story.variablesState.$(name);
      scores[name] = typeof value === 'number' ? value : Number(value) || 0;
    }
    return scores;
  }

  /** Which choice changed which competency, in the order the choices were made. */
  evidence(): Evidence[] {
    return this.evidenceList.map((e) => ({ ...e }));
  }

  saveState(): string {
    const saved: SavedState = {
      format: 'eclore-runner/1',
      ink: this.story.state.ToJson(),
      step: this.stepCount,
      evidence: this.evidenceList,
      pending: this.pending,
      started: this.started,
    };
    return JSON.stringify(saved);
  }

  restoreState(json: string): void {
    let saved: SavedState;
    try {
      saved = JSON.parse(json) as SavedState;
      if (saved.format !== 'eclore-runner/1' || typeof saved.ink !== 'string')
        throw new Error('format inconnu');
      this.story.state.LoadJson(saved.ink);
    } catch (error) {
      throw new EngineError('INVALID_STATE', `État de partie illisible : ${messageOf(error)}`);
    }
    this.stepCount = saved.step;
    this.evidenceList = saved.evidence.map((e) => ({ ...e }));
    this.pending = saved.pending;
    this.started = saved.started;
  }

  /** The underlying inkjs story, for tools (exploration); not part of the stable API. */
  get inkStory(): Story {
    return this.story;
  }

  private continueOnce(): string {
    let text: string;
    try {
      text = this.story.Continue() ?? '';
    } catch (error) {
      throw new EngineError('STORY_ERROR', `Erreur dans l’histoire : ${messageOf(error)}`, {
        path: this.story.state.currentPathString,
      });
    }
    if (this.runtimeErrors.length > 0) {
      const errors = this.runtimeErrors;
      this.runtimeErrors = [];
      throw new EngineError('STORY_ERROR', `Erreur dans l’histoire : ${errors.join(' ; ')}`, { errors });
    }
    return text;
  }

  private toLine(text: string, rawTags: string[]): StoryLine {
    const path = this.linePath();
    // `# titre:` names the decision of its knot (decision-titles.ts); ink also hands it to the
    // knot's first line, which is not what it describes.
    const tags = rawTags.filter((raw) => parseTag(raw).key !== DECISION_TITLE_TAG);
    const line: StoryLine = { text, tags, lineId: '', path };
    let id: string | undefined;
    for (const raw of tags) {
      const tag = parseTag(raw);
      if (tag.key === 'speaker') line.speaker = tag.value;
      else if (tag.key === 'emotion') line.emotion = tag.value;
      else if (tag.key === 'media') line.media = tag.value;
      else if (tag.key === 'line') id = tag.value;
    }
    line.lineId = id || `h${hashId(`${path}\n${text}`)}`;
    return line;
  }

  // The output stream still holds the authored text objects of the line, which know their container;
  // `previousPointer` is null once the story has reached END.
  private linePath(): string {
    const stream = this.story.state.outputStream as unknown as {
      value?: unknown;
      parent?: unknown;
      path?: { toString(): string };
    }[];
    for (let i = stream.length - 1; i >= 0; i--) {
      const item = stream[i];
      if (typeof item.value === 'string' && item.parent && item.path) return knotPath(item.path.toString());
    }
    return knotPath(this.story.state.previousPointer?.path?.toString());
  }

  private choices(): StoryChoice[] {
    return this.story.currentChoices.map((choice: { text: string; tags: string[] | null }, index: number) => {
      const tags = choice.tags ?? [];
      return { index, text: choice.text.trim(), say: sayPhrasings(tags), tags };
    });
  }

  private settlePending(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    const after = this.scores();
    for (const competency of this.scored) {
      const delta = (after[competency] ?? 0) - (pending.before[competency] ?? 0);
      if (delta !== 0) {
        this.evidenceList.push({
          competency,
          delta,
          step: pending.step,
          choiceIndex: pending.choiceIndex,
          choiceText: pending.choiceText,
          path: pending.path,
        });
      }
    }
  }
}

/**
 * Replays a choice path (server side: the authoritative scores). Throws `EngineError`
 * `INVALID_CHOICE` when an index is not offered at its step.
 */
export function replay(
  storyJson: StoryJson | PreparedStory,
  choiceIndices: readonly number[],
  options: DialogueRunnerOptions = {},
): ReplayResult {
  const runner = new DialogueRunner(storyJson, options);
  const lines: StoryLine[] = [];
  let turn = runner.next();
  lines.push(...turn.lines);
  for (const index of choiceIndices) {
    if (turn.ended) {
      throw new EngineError(
        'INVALID_CHOICE',
        `Le choix ${index} arrive après la fin de l’histoire (étape ${runner.step}).`,
        {
          step: runner.step,
          index,
          offered: 0,
        },
      );
    }
    runner.choose(index);
    turn = runner.next();
    lines.push(...turn.lines);
  }
  return { scores: runner.scores(), evidence: runner.evidence(), ended: turn.ended, lines };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
