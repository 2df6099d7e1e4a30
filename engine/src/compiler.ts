// Ink compilation for tools and the back-office. Imports the inkjs compiler: never import this
// file from the runtime entry (`index.ts`), the headset bundle must stay small.

import { Compiler, CompilerOptions, JsonFileHandler } from 'inkjs/full';
import { frenchInkMessage } from './ink-messages.js';
import type { CompileResult, Diagnostic, Severity } from './types.js';

export interface CompileOptions {
  /** Name used in diagnostics and as the main key for includes. @default 'scenario.ink' */
  fileName?: string;
  /** Other ink files reachable by `INCLUDE`, keyed by the name used in the include line. */
  includes?: Record<string, string>;
}

export interface CompileStats {
  words: number;
  knots: number;
  stitches: number;
  choices: number;
}

export interface CompileOutput extends CompileResult {
  stats?: CompileStats;
}

// `ERROR: 'file.ink' line 12: message`; file and line are both optional in inkjs messages.
const MESSAGE =
  /^(RUNTIME ERROR|RUNTIME WARNING|ERROR|WARNING|TODO):\s*(?:'([^']*)'\s*)?(?:line\s+(\d+):\s*)?([\s\S]*)$/;

/** Compiles ink source into story JSON. Never throws: every problem becomes a diagnostic. */
export function compileInk(source: string, opts: CompileOptions = {}): CompileOutput {
  const fileName = opts.fileName ?? 'scenario.ink';
  const files: Record<string, string> = {};
  for (const [name, text] of Object.entries(opts.includes ?? {})) files[name] = stripBom(text);
  const main = stripBom(source);
  files[fileName] = main;

  const messages: { message: string; type: number }[] = [];
  const compiler = new Compiler(
    main,
    new CompilerOptions(
      fileName,
      [],
      false,
      (message: string, type: number) => messages.push({ message, type }),
      new JsonFileHandler(files),
    ),
  );
  let json: string | null = null;
  let crash: string | null = null;
  try {
    json = compiler.Compile().ToJson() ?? null;
  } catch (error) {
    // "Compilation failed." only repeats the collected errors; anything else is a compiler crash.
    const text = error instanceof Error ? error.message : String(error);
    if (text !== 'Compilation failed.' || messages.every((m) => m.type !== 2)) crash = text;
  }

  const diagnostics = messages.map((m) => toDiagnostic(m.message, m.type, fileName, files));
  if (crash !== null) {
    diagnostics.push({
      file: fileName,
      line: 1,
      column: 1,
      severity: 'error',
      code: 'INK_CRASH',
      message: `Le compilateur ink n’a pas pu lire ce fichier (${crash || 'erreur interne'}).`,
    });
  }
  if (diagnostics.some((d) => d.severity === 'error')) json = null;
  return { json, diagnostics: sortDiagnostics(diagnostics), stats: json ? statsOf(compiler) : undefined };
}

/** Parses one inkjs message (`ERROR: 'f.ink' line 3: …`) into a diagnostic. */
export function parseInkMessage(
  raw: string,
  type: number,
  defaultFile: string,
  files: Record<string, string> = {},
): Diagnostic {
  return toDiagnostic(raw, type, defaultFile, files);
}

function toDiagnostic(
  raw: string,
  type: number,
  defaultFile: string,
  files: Record<string, string>,
): Diagnostic {
  const match = MESSAGE.exec(raw.trim());
  const kind = match?.[1] ?? '';
  const file = match?.[2] || defaultFile;
  const line = match?.[3] ? Number(match[3]) : 1;
  const message = (match?.[4] ?? raw).trim();
  const severity: Severity = type === 2 || kind.endsWith('ERROR') ? 'error' : 'warning';
  const code =
    kind === 'TODO' || type === 0 ? 'INK_TODO' : severity === 'error' ? 'INK_ERROR' : 'INK_WARNING';
  return {
    file,
    line,
    column: columnOf(message, files[file], line),
    severity,
    message: frenchInkMessage(message),
    code,
  };
}

// inkjs gives no column; when the message quotes the offending text ("but saw '…'"), find it.
function columnOf(message: string, source: string | undefined, line: number): number {
  if (!source) return 1;
  const sourceLine = source.split(/\r?\n/)[line - 1];
  if (sourceLine === undefined) return 1;
  if (/but saw end of line/.test(message)) return sourceLine.trimEnd().length + 1;
  const quoted =
    /but saw '([^']+)'/.exec(message)?.[1] ??
    /'([^']+)'/.exec(message)?.[1] ??
    /(?:variable|found|name):\s*([\p{L}\w.]+)\s*$/iu.exec(message)?.[1];
  if (quoted) {
    const index = sourceLine.indexOf(quoted.replace(/\.\.\.$/, '').replace(/^-> ?/, ''));
    if (index >= 0) return index + 1;
  }
  const indent = /^\s*/.exec(sourceLine)?.[0].length ?? 0;
  return indent + 1;
}

/** By file, line, column, then the order they were found in. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list
    .map((d, order) => ({ d, order }))
    .sort(
      (a, b) =>
        a.d.file.localeCompare(b.d.file) ||
        a.d.line - b.d.line ||
        a.d.column - b.d.column ||
        a.order - b.order,
    )
    .map(({ d }) => d);
}

function statsOf(compiler: Compiler): CompileStats | undefined {
  const generate = (compiler as unknown as { GenerateStats?: () => CompileStats | null }).GenerateStats;
  const stats = typeof generate === 'function' ? generate() : null;
  return stats
    ? { words: stats.words, knots: stats.knots, stitches: stats.stitches, choices: stats.choices }
    : undefined;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
