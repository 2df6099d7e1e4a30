// Ink for CodeMirror: a small stream mode (no grammar to build), folding by knot, and completion of
// speakers, emotions, media ids, competency ids and divert targets.
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { StreamLanguage, foldService, type StringStream } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EMOTIONS } from '../../../../engine/src/tags.js';

interface InkState {
  inBlockComment: boolean;
}

const ink = StreamLanguage.define<InkState>({
  name: 'ink',
  startState: () => ({ inBlockComment: false }),
  token(stream: StringStream, state: InkState): string | null {
    if (state.inBlockComment) {
      if (stream.skipTo('*/')) {
        stream.match('*/');
        state.inBlockComment = false;
      } else stream.skipToEnd();
      return 'comment';
    }
    if (stream.match('/*')) {
      state.inBlockComment = true;
      return 'comment';
    }
    if (stream.match('//')) {
      stream.skipToEnd();
      return 'comment';
    }
    if (stream.sol()) {
      if (stream.match(/^\s*={2,}.*$/)) return 'heading';
      if (stream.match(/^\s*=\s*[\p{L}\w]+\s*$/u)) return 'heading';
      if (stream.match(/^\s*VAR\b/)) return 'keyword';
      if (stream.match(/^\s*(?:[*+]\s*)+/)) return 'keyword';
      if (stream.match(/^\s*(?:-(?!>)\s*)+/)) return 'keyword';
      if (stream.match(/^\s*~/)) return 'operator';
    }
    if (stream.match(/^->\s*[\p{L}\w.]*/u)) return 'link';
    if (stream.match(/^#\s*[\p{L}\w]+:?/u)) return 'meta';
    if (stream.match(/^[[\]{}]/)) return 'bracket';
    stream.next();
    return null;
  },
  languageData: { commentTokens: { line: '//' } },
});

/** A knot folds from its header to the line before the next knot. */
const knotFolding = foldService.of((state, from) => {
  const line = state.doc.lineAt(from);
  if (!/^\s*={2,}/.test(line.text)) return null;
  let end = line.number;
  for (let n = line.number + 1; n <= state.doc.lines; n++) {
    if (/^\s*={2,}/.test(state.doc.line(n).text)) break;
    end = n;
  }
  return end > line.number ? { from: line.to, to: state.doc.line(end).to } : null;
});

export interface CompletionSources {
  speakers: () => string[];
  media: () => string[];
  competencies: () => string[];
  targets: () => string[];
}

function completer(sources: CompletionSources) {
  return (context: CompletionContext): CompletionResult | null => {
    const tag = context.matchBefore(/#\s*(speaker|emotion|media):\s*[\p{L}\w-]*/u);
    if (tag) {
      const kind = /#\s*(speaker|emotion|media)/.exec(tag.text)![1];
      const word = context.matchBefore(/[\p{L}\w-]*/u)!;
      const values =
        kind === 'speaker' ? sources.speakers() : kind === 'emotion' ? [...EMOTIONS] : sources.media();
      return { from: word.from, options: values.map((label) => ({ label, type: 'constant' })) };
    }
    const divert = context.matchBefore(/->\s*[\p{L}\w.]*/u);
    if (divert) {
      const word = context.matchBefore(/[\p{L}\w.]*/u)!;
      return {
        from: word.from,
        options: [...sources.targets(), 'END'].map((label) => ({ label, type: 'function' })),
      };
    }
    const variable = context.matchBefore(/(?:~\s*|VAR\s+)[\p{L}\w]*/u);
    if (variable) {
      const word = context.matchBefore(/[\p{L}\w]*/u)!;
      return {
        from: word.from,
        options: sources.competencies().map((label) => ({ label, type: 'variable' })),
      };
    }
    return null;
  };
}

export function inkSupport(sources: CompletionSources): Extension {
  return [ink, knotFolding, autocompletion({ override: [completer(sources)] })];
}
