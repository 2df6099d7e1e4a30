// One visit: runs the story with the engine, paces the lines as subtitles, and reports every
// event of docs/contracts.md to the EventSink. Knows nothing about three.js or the DOM.
import {
  DialogueRunner,
  generateFollowUpCode,
  type Scores,
  type StoryChoice,
  type StoryLine,
} from '../../../engine/src/index.js';
import type {
  ChoiceMethod,
  CompleteResponse,
  ScenarioVersion,
  SessionEvent,
  SessionEventPayloads,
  SessionEventType,
} from '../shared/api-types.js';
import type { EventSink } from '../shared/event-sink.js';

export interface PlayView {
  /** A line to show now (subtitles) and to animate (the speaker talks for `durationMs`). */
  line(
    line: StoryLine,
    speakerName: string | undefined,
    durationMs: number,
    index: number,
    count: number,
  ): void;
  choices(choices: StoryChoice[]): void;
  ended(result: PlayResult): void;
  /** The visit so far, after each event: enough to resume it after a reload. */
  saved?(play: SavedPlay): void;
}

/** A visit in progress, as saved on the device (JSON-safe). */
export interface SavedPlay {
  sessionId: string;
  followUpCode: string;
  /** The engine's state (inkjs JSON inside) at the start of the current turn. */
  turnState: string;
  /** Event sequence number at the start of the current turn. */
  turnSeq: number;
  /** Next event sequence number. */
  seq: number;
  /** Lines of the current turn already shown. */
  shown: number;
}

export interface PlayResult {
  sessionId: string;
  followUpCode: string;
  clientScores: Scores;
  /** Authoritative scores from the server, when it answered in time. */
  server: Promise<CompleteResponse | null>;
}

/** Reading time for a line: about 14 characters a second, between 1.8 s and 8 s. */
export function lineDuration(text: string): number {
  return Math.min(8000, Math.max(1800, text.length * 70));
}

export class PlaySession {
  readonly sessionId: string;
  readonly followUpCode: string;
  private readonly runner: DialogueRunner;
  private seq = 0;
  private turnState = '';
  private turnSeq = 0;
  /** Replaying a saved turn: events below this number were already recorded. */
  private replayUntil = 0;
  private pendingLines: StoryLine[] = [];
  private lineCount = 0;
  private offered: StoryChoice[] = [];
  private finished = false;

  constructor(
    private readonly version: ScenarioVersion,
    private readonly sink: EventSink,
    private readonly view: PlayView,
    private readonly saved?: SavedPlay,
  ) {
    this.runner = new DialogueRunner(version.story as Record<string, unknown>, {
      competencies: version.referentiel.competences.map((c) => c.id),
    });
    this.sessionId = saved?.sessionId ?? crypto.randomUUID();
    this.followUpCode = saved?.followUpCode ?? generateFollowUpCode();
  }

  get step(): number {
    return this.runner.step;
  }

  /** Choices that can be made now (empty while lines are still being shown). */
  get currentChoices(): StoryChoice[] {
    return this.pendingLines.length === 0 ? this.offered : [];
  }

  /** True while `advance()` has something to do: more lines, or the end after the last line. */
  get canAdvance(): boolean {
    return !this.finished && (this.pendingLines.length > 0 || this.offered.length === 0);
  }

  start(): void {
    this.sink.openSession({
      id: this.sessionId,
      scenarioId: this.version.id,
      versionId: this.version.versionId,
      followUpCode: this.followUpCode,
      startedAt: new Date().toISOString(),
    });
    this.emit('session.started', { scenarioId: this.version.id, versionId: this.version.versionId });
    this.playTurn();
  }

  /** Continues a saved visit: the same line is shown again, then the visit goes on. */
  resume(): void {
    const saved = this.saved;
    if (!saved) throw new Error('Aucune visite à reprendre');
    this.runner.restoreState(saved.turnState);
    this.turnState = saved.turnState;
    this.seq = this.turnSeq = saved.turnSeq;
    this.replayUntil = saved.seq;
    const turn = this.runner.next();
    this.lineCount = turn.lines.length;
    this.offered = turn.choices;
    // Lines before the one on screen were seen: they are skipped (their events are recorded).
    const skipped = Math.max(0, saved.shown - 1);
    this.pendingLines = turn.lines.slice(skipped);
    this.seq += skipped;
    this.advance();
  }

  /** Shows the next line of the turn; after the last one, offers the choices or ends. */
  advance(): void {
    const line = this.pendingLines.shift();
    if (line) {
      const speaker = line.speaker
        ? (this.version.metier.personnages[line.speaker]?.nom ?? line.speaker)
        : undefined;
      this.emit('line.shown', { lineId: line.lineId, speaker: line.speaker, text: line.text });
      this.view.line(
        line,
        speaker,
        lineDuration(line.text),
        this.lineCount - this.pendingLines.length - 1,
        this.lineCount,
      );
      // The last line of an ending stays on screen until the next `advance()`.
      if (this.pendingLines.length > 0 || this.offered.length === 0) return;
    }
    if (this.offered.length > 0) {
      this.emit('choice.offered', {
        step: this.runner.step,
        path: this.runner.decisionPath ?? '',
        choices: this.offered.map((c) => ({ index: c.index, text: c.text })),
      });
      this.view.choices(this.offered);
    } else {
      this.finish();
    }
  }

  choose(index: number, method: ChoiceMethod, confidence?: number): boolean {
    if (this.pendingLines.length > 0 || this.finished) return false;
    const choice = this.offered.find((c) => c.index === index);
    if (!choice) return false;
    this.emit('choice.made', {
      step: this.runner.step,
      choiceIndex: index,
      choiceText: choice.text,
      method,
      ...(confidence === undefined ? {} : { confidence }),
    });
    this.runner.choose(index);
    this.playTurn();
    return true;
  }

  /** Records what the visitor said at the current decision and how it was understood. */
  heard(transcript: string, choiceIndex: number | null, confidence: number, via: 'matcher' | 'llm'): void {
    if (this.finished || this.offered.length === 0) return;
    this.emit('utterance.heard', { step: this.runner.step, transcript, choiceIndex, confidence, via });
  }

  private playTurn(): void {
    this.turnState = this.runner.saveState();
    this.turnSeq = this.seq;
    const turn = this.runner.next();
    this.pendingLines = turn.lines;
    this.lineCount = turn.lines.length;
    this.offered = turn.choices;
    this.advance();
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    const clientScores = this.runner.scores();
    this.emit('session.ended', { clientScores });
    this.view.ended({
      sessionId: this.sessionId,
      followUpCode: this.followUpCode,
      clientScores,
      server: this.sink.completeSession(this.sessionId),
    });
  }

  private emit<T extends SessionEventType>(type: T, payload: SessionEventPayloads[T]): void {
    if (this.seq < this.replayUntil) {
      this.seq++;
      return;
    }
    const event: SessionEvent<T> = {
      id: crypto.randomUUID(),
      seq: this.seq++,
      type,
      at: new Date().toISOString(),
      payload,
    };
    this.sink.record(this.sessionId, event as unknown as SessionEvent);
    if (!this.finished)
      this.view.saved?.({
        sessionId: this.sessionId,
        followUpCode: this.followUpCode,
        turnState: this.turnState,
        turnSeq: this.turnSeq,
        seq: this.seq,
        shown: this.lineCount - this.pendingLines.length,
      });
  }
}
