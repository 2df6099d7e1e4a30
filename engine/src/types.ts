// Public types of the dialogue engine. Server, client and tools depend on these names:
// extend them, do not rename them.

/** A position in the source, 1-based, as shown to content staff. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning';

export interface Diagnostic extends SourcePosition {
  severity: Severity;
  message: string;
  /** Machine-readable code, e.g. `INK_ERROR`, `UNKNOWN_TAG`, `DEAD_END`. */
  code: string;
}

export interface CompileResult {
  /** Compiled story JSON (inkjs format) or null when compilation failed. */
  json: string | null;
  diagnostics: Diagnostic[];
}

/** Scenario header tags (DESIGN §4). */
export interface ScenarioMeta {
  id: string;
  title: string;
  sector: Sector;
  job: string;
  durationMinutes: number;
}

export type Sector = 'energies-renouvelables' | 'batiment-durable' | 'recyclage' | 'dechets';

export interface StoryLine {
  text: string;
  tags: string[];
  speaker?: string;
  emotion?: string;
  media?: string;
  /** Stable id: the `# line:` tag, else a hash of knot path + text. */
  lineId: string;
  /** Knot/stitch path where the line was produced, e.g. `atelier.securite`. */
  path: string;
}

export interface StoryChoice {
  /** Index among the choices offered at this turn (what `choose()` takes). */
  index: number;
  text: string;
  /** Alternative phrasings from `# say:` tags, for voice matching. */
  say: string[];
  tags: string[];
}

/** What one turn produced: lines until the next decision, then the choices (empty when ended). */
export interface Turn {
  lines: StoryLine[];
  choices: StoryChoice[];
  ended: boolean;
}

export type Scores = Record<string, number>;

/** One score change caused by one choice. */
export interface Evidence {
  competency: string;
  delta: number;
  /** 0-based index of the decision in the playthrough. */
  step: number;
  choiceIndex: number;
  choiceText: string;
  /** Knot path of the decision point. */
  path: string;
}

export interface ReplayResult {
  scores: Scores;
  evidence: Evidence[];
  ended: boolean;
  /** Lines shown during the replay, in order. */
  lines: StoryLine[];
}
