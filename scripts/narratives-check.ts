// `npm run narratives:check [files…]`: compiles and checks every narratives/*/scenario.ink (or the
// given files) and prints GNU-style diagnostics `path:line:col: error|warning: message`.
// Exit status: 0 clean or warnings only, 1 on any error. Never prints a stack trace.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { lintScenario, type MetierFile } from '../engine/src/lint.js';
import type { Diagnostic } from '../engine/src/types.js';

// npm scripts run from the package root; so do the tests.
const ROOT = process.cwd();
/** Larger files are refused: a scenario is a few hundred KB at most. */
export const MAX_BYTES = 2 * 1024 * 1024;

export function format(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function defaultFiles(): string[] {
  const dir = join(ROOT, 'narratives');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'scenario.ink')))
    .map((e) => join(dir, e.name, 'scenario.ink'))
    .sort();
}

function loadReferential(): string[] {
  const raw = JSON.parse(readFileSync(join(ROOT, 'narratives', 'referentiel-competences.json'), 'utf8')) as {
    competences: { id: string }[];
  };
  return raw.competences.map((c) => c.id);
}

function lineAndColumnAt(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const size = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    for (let k = 1; k < size; k++) if (bytes[i + k] >> 6 !== 0b10) return i;
    i += size;
  }
  return -1;
}

/** Reads a text file as UTF-8, or explains in a diagnostic why it cannot be a scenario. */
function readSource(path: string, shown: string): { text: string } | { diagnostic: Diagnostic } {
  const fail = (line: number, column: number, code: string, message: string) => ({
    diagnostic: { file: shown, line, column, severity: 'error' as const, code, message },
  });
  if (!existsSync(path)) return fail(1, 1, 'FILE_NOT_FOUND', 'Fichier introuvable.');
  const size = statSync(path).size;
  if (size > MAX_BYTES) {
    return fail(
      1,
      1,
      'FILE_TOO_LARGE',
      `Fichier trop volumineux (${(size / 1024 / 1024).toFixed(1).replace('.', ',')} Mo, maximum ${MAX_BYTES / 1024 / 1024} Mo).`,
    );
  }
  const bytes = readFileSync(path);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const at = lineAndColumnAt(bytes, nul);
    return fail(
      at.line,
      at.column,
      'BINARY_FILE',
      'Ce fichier contient des données binaires : ce n’est pas un texte ink.',
    );
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    const at = lineAndColumnAt(bytes, invalid);
    const byte = bytes[invalid].toString(16).toUpperCase().padStart(2, '0');
    return fail(
      at.line,
      at.column,
      'ENCODING',
      `Le fichier n’est pas en UTF-8 (octet 0x${byte}) : enregistrez-le en UTF-8.`,
    );
  }
  return { text: new TextDecoder('utf-8').decode(bytes) };
}

function loadIncludes(source: string, dir: string): Record<string, string> {
  const includes: Record<string, string> = {};
  for (const match of source.matchAll(/^\s*INCLUDE\s+(.+?)\s*$/gm)) {
    const name = match[1];
    const path = join(dir, name);
    if (existsSync(path)) includes[name] = readFileSync(path, 'utf8');
  }
  return includes;
}

function loadMetier(path: string, shown: string): { metier: MetierFile | null; diagnostics: Diagnostic[] } {
  if (!existsSync(path)) return { metier: null, diagnostics: [] };
  try {
    return { metier: JSON.parse(readFileSync(path, 'utf8')) as MetierFile, diagnostics: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const at = position ? lineAndColumnAt(readFileSync(path), Number(position[1])) : { line: 1, column: 1 };
    return {
      metier: null,
      diagnostics: [
        {
          file: shown,
          line: at.line,
          column: at.column,
          severity: 'error',
          code: 'INVALID_JSON',
          message: `JSON invalide : ${message}`,
        },
      ],
    };
  }
}

export function checkFile(path: string, referential: readonly string[]): Diagnostic[] {
  const shown = display(path);
  const read = readSource(path, shown);
  if ('diagnostic' in read) return [read.diagnostic];
  const dir = dirname(path);
  const isScenario = basename(path) === 'scenario.ink';
  const out: Diagnostic[] = [];
  let metier: MetierFile | null | undefined;
  const metierPath = join(dir, 'metier.json');
  if (isScenario) {
    const loaded = loadMetier(metierPath, display(metierPath));
    out.push(...loaded.diagnostics);
    metier = loaded.diagnostics.length > 0 ? undefined : loaded.metier;
  }
  const mediaBytes = new Map<string, Uint8Array | null>();
  const result = lintScenario({
    source: read.text,
    fileName: shown,
    includes: loadIncludes(read.text, dir),
    referential,
    metier,
    metierFileName: display(metierPath),
    readMedia: (src) => {
      // Several lines name the same media: read each file once.
      if (!mediaBytes.has(src))
        mediaBytes.set(src, existsSync(join(dir, src)) ? readFileSync(join(dir, src)) : null);
      return mediaBytes.get(src) ?? null;
    },
    expectedId: isScenario ? basename(dir) : undefined,
  });
  out.push(...result.diagnostics);
  const utterancesPath = join(dir, 'utterances.json');
  const heldoutPath = join(dir, 'utterances.heldout.json');
  if (isScenario && result.exploration && existsSync(utterancesPath)) {
    // The minimum counts apply to both parts together (tuning + held-out, see docs/contracts.md).
    const heldout = existsSync(heldoutPath) ? readUtterances(heldoutPath) : null;
    out.push(...checkUtterances(utterancesPath, result.exploration.choicesAt, heldout ?? undefined));
    if (heldout) out.push(...checkUtterances(heldoutPath, result.exploration.choicesAt, null));
  }
  return out;
}

interface UtterancesFile {
  decisions?: { path?: unknown; utterances?: { text?: unknown; expect?: unknown }[] }[];
  offTopic?: unknown[];
}

function readUtterances(path: string): UtterancesFile | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as UtterancesFile;
  } catch {
    return null;
  }
}

/**
 * utterances.json must name real decisions and offered choices (docs/contracts.md). `other` is the
 * held-out part counted with it toward the minimum counts; `null` checks a file without counting.
 */
function checkUtterances(
  path: string,
  choicesAt: Record<string, { text: string }[]>,
  other?: UtterancesFile | null,
): Diagnostic[] {
  const counting = other !== null;
  const otherCount = (decisionPath: string) =>
    other?.decisions?.find((d) => d.path === decisionPath)?.utterances?.length ?? 0;
  const shown = display(path);
  const text = readFileSync(path, 'utf8');
  const lines = text.split(/\r?\n/);
  const lineOf = (needle: string): number => Math.max(1, lines.findIndex((l) => l.includes(needle)) + 1);
  const out: Diagnostic[] = [];
  const add = (severity: 'error' | 'warning', code: string, message: string, line = 1) =>
    out.push({ file: shown, line, column: 1, severity, code, message });
  let data: UtterancesFile;
  try {
    data = JSON.parse(text) as UtterancesFile;
  } catch (error) {
    add('error', 'INVALID_JSON', `JSON invalide : ${error instanceof Error ? error.message : String(error)}`);
    return out;
  }
  for (const decision of data.decisions ?? []) {
    const decisionPath = String(decision.path);
    const line = lineOf(`"${decisionPath}"`);
    const choices = choicesAt[decisionPath];
    if (!choices) {
      add(
        'error',
        'UNKNOWN_DECISION',
        `Décision « ${decisionPath} » absente de l’histoire (attendu : ${Object.keys(choicesAt).join(', ')}).`,
        line,
      );
      continue;
    }
    const utterances = decision.utterances ?? [];
    const count = utterances.length + otherCount(decisionPath);
    if (counting && count < 8)
      add(
        'warning',
        'FEW_UTTERANCES',
        `Seulement ${count} phrases pour « ${decisionPath} » (8 au moins).`,
        line,
      );
    for (const u of utterances) {
      if (
        typeof u.expect !== 'number' ||
        !Number.isInteger(u.expect) ||
        u.expect < 0 ||
        u.expect >= choices.length
      ) {
        add(
          'error',
          'BAD_EXPECT',
          `« ${String(u.text)} » attend le choix ${String(u.expect)}, mais « ${decisionPath} » propose ${choices.length} choix.`,
          lineOf(String(u.text)),
        );
      }
    }
  }
  for (const decisionPath of Object.keys(choicesAt)) {
    if (counting && !(data.decisions ?? []).some((d) => d.path === decisionPath)) {
      add('warning', 'FEW_UTTERANCES', `Aucune phrase d’exemple pour la décision « ${decisionPath} ».`);
    }
  }
  const offTopic = (data.offTopic ?? []).length + (other?.offTopic ?? []).length;
  if (counting && offTopic < 20)
    add(
      'warning',
      'FEW_UTTERANCES',
      `Seulement ${offTopic} phrases hors sujet (20 au moins).`,
      lineOf('"offTopic"'),
    );
  return out;
}

export function main(argv: string[]): number {
  const files = argv.length > 0 ? argv.map((f) => resolve(f)) : defaultFiles();
  if (files.length === 0) {
    process.stderr.write('Aucun scénario à vérifier (narratives/*/scenario.ink).\n');
    return 0;
  }
  const referential = loadReferential();
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    let diagnostics: Diagnostic[];
    try {
      diagnostics = checkFile(file, referential);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      diagnostics = [
        {
          file: display(file),
          line: 1,
          column: 1,
          severity: 'error',
          code: 'INTERNAL',
          message: `Vérification impossible : ${message}`,
        },
      ];
    }
    for (const d of diagnostics) {
      process.stdout.write(`${format(d)}\n`);
      if (d.severity === 'error') errors++;
      else warnings++;
    }
  }
  process.stderr.write(
    `${files.length} fichier(s) vérifié(s) : ${errors} erreur(s), ${warnings} avertissement(s).\n`,
  );
  return errors > 0 ? 1 : 0;
}

if (/narratives-check\.ts$/.test(process.argv[1] ?? '')) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(
      `narratives:check : erreur interne : ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  }
}
