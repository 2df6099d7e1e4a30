// Narrative checks for `narratives:check` and the back-office editor: ink diagnostics plus the
// product's conventions (tags, competencies, media, characters, endings). Uses the compiler, so it
// is not part of the runtime entry.

import { compileInk, sortDiagnostics } from './compiler.js';
import { EngineError } from './errors.js';
import { exploreStory, type ExplorationResult } from './explore.js';
import { mediaFileProblem } from './media-file.js';
import { DECISION_TITLE_TAG } from './decision-titles.js';
import { EMOTIONS, HEADER_TAGS, SECTORS } from './tags.js';
import type { Diagnostic, Severity } from './types.js';
import { VOIX } from './voice.js';

export interface MetierFile {
  id?: unknown;
  metier?: Record<string, unknown>;
  personnages?: Record<string, unknown>;
  media?: Record<string, { type?: unknown; src?: unknown; preset?: unknown } | undefined>;
  /** Questions for the counsellor's debrief, each tied to a decision path. */
  debrief?: { questions?: { decision?: unknown; question?: unknown }[] };
}

export interface LintInput {
  source: string;
  /** Path shown in diagnostics, e.g. `narratives/x/scenario.ink`. */
  fileName: string;
  includes?: Record<string, string>;
  /** Competency ids of the referential. */
  referential: readonly string[];
  /** Parsed metier.json, or null when it is missing; undefined skips the checks that need it. */
  metier?: MetierFile | null;
  /** Path shown for metier.json diagnostics. @default 'metier.json' */
  metierFileName?: string;
  /** Bytes of a media file (path relative to the scenario folder), null when missing; skipped when absent. */
  readMedia?: (src: string) => Uint8Array | null;
  /** Expected scenario id (the folder name). */
  expectedId?: string;
  /** Bound passed to the exploration. @default 50000 */
  maxStates?: number;
}

export interface LintResult {
  diagnostics: Diagnostic[];
  json: string | null;
  exploration: ExplorationResult | null;
}

const MEDIA_FILE_TYPES = new Set(['photo360', 'video360', 'audio', 'image', 'video', 'modele3d']);
const METIER_FIELDS = ['intitule', 'secteur', 'resume', 'missions', 'salaire', 'formations'] as const;

interface Tag {
  key: string;
  value: string;
  line: number;
  column: number;
  /** `container`: a tag-only line right under a knot or stitch header (where `# titre:` goes). */
  context: 'header' | 'line' | 'choice' | 'after-choice' | 'container';
}

interface SourceIndex {
  tags: Tag[];
  vars: { name: string; line: number; column: number }[];
  knots: Map<string, { line: number; isFunction: boolean }>;
  /** `# titre:` of each knot or stitch that has one. */
  titles: Map<string, Tag>;
  emptyChoices: { line: number; column: number }[];
  /** Choices or gathers nested more than one level below the previous one. */
  skippedLevels: { line: number; column: number; depth: number; expected: number }[];
}

/** Compiles and checks one scenario; every finding is a diagnostic (never throws on bad content). */
export function lintScenario(input: LintInput): LintResult {
  const file = input.fileName;
  const out: Diagnostic[] = [];
  const add = (
    severity: Severity,
    code: string,
    message: string,
    line = 1,
    column = 1,
    where = file,
  ): void => {
    out.push({ file: where, line, column, severity, code, message });
  };

  if (input.source.trim() === '') {
    add('error', 'EMPTY_FILE', 'Le fichier est vide.');
    return { diagnostics: out, json: null, exploration: null };
  }

  const compiled = compileInk(input.source, { fileName: file, includes: input.includes });
  out.push(...compiled.diagnostics);
  const index = indexSource(input.source);

  checkHeader(index, input, add);
  checkTags(index, input, add);
  checkVars(index, input, add);
  for (const skip of index.skippedLevels) {
    add(
      'error',
      'CHOICE_NESTING',
      `Choix de niveau ${skip.depth} sans choix de niveau ${skip.expected} au-dessus : vérifiez le nombre de « * ».`,
      skip.line,
      skip.column,
    );
  }
  for (const choice of index.emptyChoices)
    add('error', 'CHOICE_WITHOUT_TEXT', 'Ce choix n’a pas de texte à afficher.', choice.line, choice.column);
  if (input.metier !== undefined) checkMetier(input, add);

  let exploration: ExplorationResult | null = null;
  if (compiled.json) {
    try {
      exploration = exploreStory(compiled.json, {
        competencies: input.referential,
        maxStates: input.maxStates,
      });
    } catch (error) {
      if (error instanceof EngineError && error.code === 'STORY_TOO_LARGE') {
        add(
          'warning',
          'STORY_TOO_LARGE',
          `${error.message} Les fins sans issue et les nœuds inaccessibles n’ont pas été vérifiés.`,
        );
      } else {
        add(
          'error',
          'STORY_ERROR',
          `L’histoire plante pendant l’exploration : ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
  if (exploration) checkExploration(exploration, index, add);
  if (exploration && input.metier) checkDebrief(input.metier, exploration, input.metierFileName, add);
  return { diagnostics: sortDiagnostics(out), json: compiled.json, exploration };
}

type Add = (
  severity: Severity,
  code: string,
  message: string,
  line?: number,
  column?: number,
  where?: string,
) => void;

function checkHeader(index: SourceIndex, input: LintInput, add: Add): void {
  const header = new Map(index.tags.filter((t) => t.context === 'header').map((t) => [t.key, t]));
  for (const key of HEADER_TAGS) {
    const tag = header.get(key);
    if (!tag || tag.value === '')
      add(
        'error',
        'MISSING_META',
        `Tag d’en-tête manquant : « # ${key}: … » (à mettre tout en haut du fichier).`,
      );
  }
  const sector = header.get('sector');
  if (sector?.value && !(SECTORS as readonly string[]).includes(sector.value)) {
    add(
      'error',
      'INVALID_META',
      `Secteur inconnu « ${sector.value} » (attendu : ${SECTORS.join(', ')}).`,
      sector.line,
      sector.column,
    );
  }
  const duration = header.get('duration');
  if (duration?.value && !(Number(duration.value.replace(',', '.')) > 0)) {
    add(
      'error',
      'INVALID_META',
      `Durée invalide « ${duration.value} » : un nombre de minutes est attendu.`,
      duration.line,
      duration.column,
    );
  }
  const id = header.get('id');
  if (id?.value && input.expectedId && id.value !== input.expectedId) {
    add(
      'warning',
      'INVALID_META',
      `L’identifiant « ${id.value} » ne correspond pas au dossier « ${input.expectedId} ».`,
      id.line,
      id.column,
    );
  }
}

function checkTags(index: SourceIndex, input: LintInput, add: Add): void {
  const allowed: Record<Tag['context'], readonly string[]> = {
    header: HEADER_TAGS,
    line: ['speaker', 'emotion', 'media', 'line'],
    choice: ['say'],
    'after-choice': ['speaker', 'emotion', 'media', 'line'],
    container: [DECISION_TITLE_TAG, 'speaker', 'emotion', 'media', 'line'],
  };
  const lineIds = new Map<string, number>();
  for (const tag of index.tags) {
    if (tag.context === 'after-choice' && tag.key === 'say') {
      add(
        'error',
        'MISPLACED_TAG',
        'Le tag « say » doit être dans les crochets du choix : « * [Texte # say: autre formulation] ».',
        tag.line,
        tag.column,
      );
      continue;
    }
    if (tag.key === DECISION_TITLE_TAG && tag.context !== 'container') {
      add(
        'error',
        'MISPLACED_TAG',
        'Le tag « titre » se met seul sur la ligne qui suit « === nœud === » ou « = sous-nœud » de la décision.',
        tag.line,
        tag.column,
      );
      continue;
    }
    if (!allowed[tag.context].includes(tag.key)) {
      const where =
        tag.context === 'header' ? 'd’en-tête' : tag.context === 'choice' ? 'de choix' : 'de réplique';
      add(
        'error',
        'UNKNOWN_TAG',
        `Tag ${where} inconnu « ${tag.key} » (autorisés : ${allowed[tag.context].join(', ')}).`,
        tag.line,
        tag.column,
      );
      continue;
    }
    if (tag.value === '' && tag.context !== 'header') {
      add('error', 'UNKNOWN_TAG', `Le tag « ${tag.key} » n’a pas de valeur.`, tag.line, tag.column);
      continue;
    }
    if (tag.key === 'emotion' && !(EMOTIONS as readonly string[]).includes(tag.value)) {
      add(
        'warning',
        'UNKNOWN_EMOTION',
        `Émotion inconnue « ${tag.value} » (attendu : ${EMOTIONS.join(', ')}).`,
        tag.line,
        tag.column,
      );
    }
    if (tag.key === 'line') {
      const first = lineIds.get(tag.value);
      if (first !== undefined)
        add(
          'error',
          'DUPLICATE_LINE_ID',
          `Identifiant de réplique « ${tag.value} » déjà utilisé ligne ${first}.`,
          tag.line,
          tag.column,
        );
      else lineIds.set(tag.value, tag.line);
    }
    if (tag.key === 'speaker' && input.metier) {
      if (!Object.hasOwn(input.metier.personnages ?? {}, tag.value)) {
        add(
          'error',
          'UNKNOWN_SPEAKER',
          `Personnage inconnu « ${tag.value} » : ajoutez-le à « personnages » dans metier.json.`,
          tag.line,
          tag.column,
        );
      }
    }
    if (tag.key === 'media' && input.metier) {
      const media = input.metier.media?.[tag.value];
      if (!media) {
        add(
          'error',
          'MISSING_MEDIA',
          `Média inconnu « ${tag.value} » : ajoutez-le à « media » dans metier.json.`,
          tag.line,
          tag.column,
        );
      } else if (typeof media.type === 'string' && MEDIA_FILE_TYPES.has(media.type)) {
        if (typeof media.src !== 'string' || media.src === '') {
          add(
            'error',
            'MISSING_MEDIA',
            `Le média « ${tag.value} » n’indique pas de fichier (« src »).`,
            tag.line,
            tag.column,
          );
        } else if (input.readMedia) {
          const bytes = input.readMedia(media.src);
          const problem = bytes ? mediaFileProblem(bytes, media.type) : null;
          if (!bytes || problem)
            add(
              'error',
              bytes ? 'UNSUPPORTED_MEDIA' : 'MISSING_MEDIA',
              bytes
                ? `Média « ${tag.value} » (${media.src}) : ${problem}`
                : `Fichier introuvable pour le média « ${tag.value} » : ${media.src}.`,
              tag.line,
              tag.column,
            );
        }
      }
    }
  }
}

function checkVars(index: SourceIndex, input: LintInput, add: Add): void {
  const referential = new Set(input.referential);
  for (const v of index.vars) {
    if (!v.name.startsWith('_') && !referential.has(v.name)) {
      add(
        'error',
        'UNKNOWN_COMPETENCY',
        `« ${v.name} » n’est pas une compétence du référentiel (préfixez par « _ » une variable qui n’est pas une compétence).`,
        v.line,
        v.column,
      );
    }
  }
}

function checkMetier(input: LintInput, add: Add): void {
  const where = input.metierFileName ?? 'metier.json';
  const metier = input.metier;
  if (!metier) {
    add('error', 'MISSING_META', 'Fichier metier.json absent ou illisible.', 1, 1, where);
    return;
  }
  if (typeof metier.id !== 'string' || !metier.id)
    add('error', 'MISSING_META', 'Champ « id » manquant.', 1, 1, where);
  for (const field of METIER_FIELDS) {
    const value = metier.metier?.[field];
    if (
      value === undefined ||
      value === null ||
      value === '' ||
      (Array.isArray(value) && value.length === 0)
    ) {
      add('error', 'MISSING_META', `Champ « metier.${field} » manquant.`, 1, 1, where);
    }
  }
  if (!metier.personnages || Object.keys(metier.personnages).length === 0)
    add('error', 'MISSING_META', 'Aucun personnage dans « personnages ».', 1, 1, where);
  for (const [id, personnage] of Object.entries(metier.personnages ?? {})) {
    const voix = (personnage as { voix?: unknown } | null)?.voix;
    if (voix !== undefined && !(VOIX as readonly unknown[]).includes(voix)) {
      add(
        'error',
        'MISSING_META',
        `Voix inconnue « ${String(voix)} » pour « personnages.${id} » : femme, homme ou neutre.`,
        1,
        1,
        where,
      );
    }
  }
  if (!metier.media || typeof metier.media !== 'object')
    add('error', 'MISSING_META', 'Champ « media » manquant.', 1, 1, where);
}

function checkExploration(exploration: ExplorationResult, index: SourceIndex, add: Add): void {
  const lineOf = (path: string): number =>
    index.knots.get(path)?.line ?? index.knots.get(path.split('.')[0])?.line ?? 1;
  for (const dead of exploration.deadEnds) {
    const where = dead.path || 'début';
    add(
      'error',
      'DEAD_END',
      `L’histoire s’arrête dans « ${where} » au lieu d’un nœud de fin (fin…) ; choix pour y arriver : [${dead.choices.join(', ')}].`,
      lineOf(dead.path),
    );
  }
  for (const failure of exploration.storyErrors) {
    const ranOut = /ran out of content/i.test(failure.message);
    const where = failure.path || 'début';
    add(
      'error',
      ranOut ? 'DEAD_END' : 'STORY_ERROR',
      ranOut
        ? `L’histoire s’arrête sans « -> END » après « ${where} » ; choix pour y arriver : [${failure.choices.join(', ')}].`
        : `Erreur en jouant « ${where} » (choix [${failure.choices.join(', ')}]) : ${failure.message}`,
      lineOf(failure.path),
    );
  }
  const visited = new Set<string>();
  for (const path of exploration.visited) {
    visited.add(path);
    visited.add(path.split('.')[0]);
  }
  for (const [path, knot] of index.knots) {
    // `reformuler…` holds clarify lines that the client plays on demand (docs/contracts.md).
    if (knot.isFunction || visited.has(path) || path.startsWith('reformuler')) continue;
    if (!path.includes('.') || visited.has(path.split('.')[0])) {
      add('warning', 'UNREACHABLE_KNOT', `« ${path} » n’est jamais atteint en jouant l’histoire.`, knot.line);
    }
  }
  if (exploration.scored.length === 0)
    add('error', 'NOTHING_SCORED', 'Aucun choix ne fait varier une compétence : le scénario ne mesure rien.');
  for (const v of index.vars) {
    if (!v.name.startsWith('_') && !exploration.scored.includes(v.name) && exploration.scored.length > 0) {
      add(
        'warning',
        'NEVER_SCORED',
        `La compétence « ${v.name} » est déclarée mais aucun choix ne la fait varier.`,
        v.line,
        v.column,
      );
    }
  }
  for (const path of Object.keys(exploration.decisions)) {
    if (path === '' || index.titles.has(path)) continue;
    const header = path.includes('.') ? `= ${path.split('.')[1]}` : `=== ${path} ===`;
    add(
      'warning',
      'MISSING_DECISION_TITLE',
      `Décision sans titre dans « ${path} » : ajoutez « # titre: … » sur la ligne qui suit « ${header} » (le profil du conseiller affiche ce titre).`,
      lineOf(path),
    );
  }
  if (Object.hasOwn(exploration.decisions, '')) {
    add(
      'warning',
      'DECISION_OUTSIDE_KNOT',
      'Un choix est proposé hors de tout nœud : mettez chaque décision dans un nœud ou un sous-nœud.',
    );
  }
}

const DEBRIEF_QUESTIONS = { min: 4, max: 6 };

function checkDebrief(
  metier: MetierFile,
  exploration: ExplorationResult,
  fileName: string | undefined,
  add: Add,
): void {
  const where = fileName ?? 'metier.json';
  const questions = Array.isArray(metier.debrief?.questions) ? metier.debrief.questions : [];
  if (questions.length < DEBRIEF_QUESTIONS.min || questions.length > DEBRIEF_QUESTIONS.max) {
    add(
      'warning',
      'MISSING_DEBRIEF',
      `Le guide d’entretien (« debrief.questions ») compte ${questions.length} question(s) : il en faut de ${DEBRIEF_QUESTIONS.min} à ${DEBRIEF_QUESTIONS.max} pour le conseiller.`,
      1,
      1,
      where,
    );
  }
  questions.forEach((q, i) => {
    if (typeof q?.question !== 'string' || q.question.trim() === '')
      add('error', 'MISSING_DEBRIEF', `La question ${i + 1} du guide d’entretien est vide.`, 1, 1, where);
    if (typeof q?.decision !== 'string' || !Object.hasOwn(exploration.decisions, q.decision))
      add(
        'error',
        'DEBRIEF_UNKNOWN_DECISION',
        `La question ${i + 1} du guide d’entretien renvoie à la décision « ${String(q?.decision)} », absente du scénario.`,
        1,
        1,
        where,
      );
  });
}

/** Scans the source for tags, VARs, knots and empty choices, with 1-based positions. */
export function indexSource(source: string): SourceIndex {
  const index: SourceIndex = {
    tags: [],
    vars: [],
    knots: new Map(),
    titles: new Map(),
    emptyChoices: [],
    skippedLevels: [],
  };
  /** Knot or stitch whose header was the last non-tag line, if any. */
  let openContainer: string | null = null;
  let depth = 0;
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  let inComment = false;
  let inHeader = true;
  let knot = '';
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let text = lines[i];
    if (inComment) {
      const end = text.indexOf('*/');
      if (end < 0) continue;
      text = ' '.repeat(end + 2) + text.slice(end + 2);
      inComment = false;
    }
    text = stripComments(text, () => (inComment = true));
    const trimmed = text.trim();
    if (trimmed === '') continue;

    const knotMatch = /^\s*={2,}\s*(function\s+)?([\p{L}\w]+)/u.exec(text);
    const stitchMatch = knotMatch ? null : /^\s*=\s*([\p{L}\w]+)/u.exec(text);
    if (knotMatch || stitchMatch) depth = 0;
    if (knotMatch) {
      knot = knotMatch[2];
      index.knots.set(knot, { line: lineNo, isFunction: Boolean(knotMatch[1]) });
      openContainer = knot;
    } else if (stitchMatch) {
      openContainer = knot ? `${knot}.${stitchMatch[1]}` : stitchMatch[1];
      index.knots.set(openContainer, { line: lineNo, isFunction: false });
    }
    const varMatch = /^\s*VAR\s+([\p{L}\w]+)/u.exec(text);
    if (varMatch) index.vars.push({ name: varMatch[1], line: lineNo, column: text.indexOf(varMatch[1]) + 1 });

    const isTagOnly = trimmed.startsWith('#');
    if (!isTagOnly) inHeader = false;
    if (!isTagOnly && !knotMatch && !stitchMatch) openContainer = null;
    const choice = /^(\s*(?:[*+]\s*)+)/.exec(text);
    const closing = choice ? closingBracket(text) : -1;
    for (const hash of unescapedHashes(text)) {
      const end = nextTagEnd(text, hash + 1, choice ? closing : -1);
      const raw = text.slice(hash + 1, end);
      const colon = raw.indexOf(':');
      const key = (colon < 0 ? raw : raw.slice(0, colon)).trim().toLowerCase();
      const value = colon < 0 ? '' : raw.slice(colon + 1).trim();
      let context: Tag['context'] = 'line';
      if (inHeader && isTagOnly) context = 'header';
      else if (isTagOnly && openContainer !== null) context = 'container';
      else if (choice) context = closing >= 0 && hash > closing ? 'after-choice' : 'choice';
      const tag: Tag = { key, value, line: lineNo, column: hash + 1, context };
      index.tags.push(tag);
      if (context === 'container' && key === DECISION_TITLE_TAG && openContainer !== null && value)
        index.titles.set(openContainer, tag);
    }
    const bullets = /^\s*((?:[*+]\s*)+|(?:-(?!>)\s*)+)/.exec(text);
    if (bullets && !knotMatch) {
      const level = bullets[1].replace(/\s/g, '').length;
      const isChoice = /[*+]/.test(bullets[1]);
      if (isChoice && level > depth + 1) {
        index.skippedLevels.push({
          line: lineNo,
          column: text.indexOf(bullets[1].trim()[0]) + 1,
          depth: level,
          expected: depth + 1,
        });
      }
      depth = isChoice ? level : level - 1;
    }
    if (choice && isEmptyChoice(text.slice(choice[1].length)))
      index.emptyChoices.push({ line: lineNo, column: choice[1].length + 1 });
  }
  return index;
}

function stripComments(text: string, openBlock: () => void): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      out += text.slice(i, i + 2);
      i++;
      continue;
    }
    if (text.startsWith('//', i)) return out;
    if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) {
        openBlock();
        return out;
      }
      out += ' '.repeat(end + 2 - i);
      i = end + 1;
      continue;
    }
    out += text[i];
  }
  return out;
}

function unescapedHashes(text: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '#') found.push(i);
  }
  return found;
}

function closingBracket(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === ']') return i;
  }
  return -1;
}

function nextTagEnd(text: string, from: number, closing: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '#' || i === closing) return i;
  }
  return text.length;
}

// What a choice shows is the text before `[` plus the text inside `[…]`; a choice that is only
// a divert (`* -> x`) is ink's invisible fallback and shows nothing on purpose.
function isEmptyChoice(rest: string): boolean {
  let body = rest.replace(/^\s*\([\p{L}\w]+\)\s*/u, '');
  while (/^\s*\{[^}]*\}/.test(body)) body = body.replace(/^\s*\{[^}]*\}/, '');
  body = body.trim();
  if (body.startsWith('->')) return false;
  const closing = closingBracket(body);
  const shown = closing >= 0 ? body.slice(0, closing) : body.split('->')[0];
  const withoutTags = shown.replace(/(^|[^\\])#.*$/, '$1').replace(/[[\]]/g, '');
  return withoutTags.trim() === '';
}
