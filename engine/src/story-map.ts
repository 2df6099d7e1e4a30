// The map of a story for the studio: every knot or stitch as a node (decisions with their options, score
// changes and targets; endings), reachability from the start, and dead ends. Read from the ink source so
// that every node and option keeps its line; framework-free and pure.

export type StoryNodeKind = 'scene' | 'decision' | 'ending';

export interface StoryOption {
  text: string;
  line: number;
  /** Score changes of the option, e.g. `{ securite: 2 }`. */
  scores: Record<string, number>;
  /** Node id the option leads to (`END` for the end of the story), null when it only falls through. */
  target: string | null;
}

export interface StoryNode {
  /** `knot` or `knot.stitch`. */
  id: string;
  title: string;
  kind: StoryNodeKind;
  line: number;
  options: StoryOption[];
  /** Nodes reached by diverts outside the options. */
  next: string[];
  reachable: boolean;
  /** No divert, no choice and no END: the story would stop here without an ending. */
  deadEnd: boolean;
}

export interface StoryMap {
  start: string | null;
  nodes: StoryNode[];
}

const KNOT = /^\s*={2,}\s*(function\s+)?([\p{L}\w]+)/u;
const STITCH = /^\s*=\s*([\p{L}\w]+)\s*$/u;
const CHOICE = /^\s*((?:[*+]\s*)+)(.*)$/;
const DIVERT = /->\s*([\p{L}\w.]+)/gu;
const SCORE = /^\s*~\s*([\p{L}\w]+)\s*(?:=\s*\1\s*([+-])\s*(\d+)|([+-])=\s*(\d+))/u;
const TITLE = /#\s*titre:\s*([^#]+)/;

interface Draft {
  node: StoryNode;
  knot: string;
  rawTargets: { target: string; option: StoryOption | null }[];
  ends: boolean;
}

function stripComment(line: string): string {
  const index = line.indexOf('//');
  return index >= 0 ? line.slice(0, index) : line;
}

/** Builds the map of `source`. Unknown divert targets are dropped (the compiler reports them). */
export function storyMap(source: string): StoryMap {
  const lines = source.split(/\r?\n/);
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  let knot = '';
  let inFunction = false;
  let option: StoryOption | null = null;
  let optionDepth = 0;
  const startTargets: string[] = [];
  let blockComment = false;

  const open = (id: string, line: number) => {
    current = {
      node: { id, title: id, kind: 'scene', line, options: [], next: [], reachable: false, deadEnd: false },
      knot,
      rawTargets: [],
      ends: false,
    };
    drafts.push(current);
    option = null;
  };

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    if (blockComment) {
      if (raw.includes('*/')) blockComment = false;
      return;
    }
    if (/^\s*\/\*/.test(raw) && !raw.includes('*/')) {
      blockComment = true;
      return;
    }
    const line = stripComment(raw);
    const knotMatch = KNOT.exec(line);
    if (knotMatch && /^\s*={2,}/.test(line)) {
      knot = knotMatch[2]!;
      inFunction = Boolean(knotMatch[1]);
      if (!inFunction) open(knot, lineNo);
      else current = null;
      return;
    }
    if (inFunction) return;
    const stitch = STITCH.exec(line);
    if (stitch && knot) {
      open(`${knot}.${stitch[1]}`, lineNo);
      return;
    }
    const title = TITLE.exec(line);
    const draft = current as Draft | null;
    if (draft && title && draft.node.title === draft.node.id && !CHOICE.test(line))
      draft.node.title = title[1]!.trim();
    const choice = CHOICE.exec(line);
    if (draft && choice) {
      const depth = choice[1]!.replace(/\s/g, '').length;
      const text = (/\[([^\]]*)\]/.exec(choice[2]!)?.[1] ?? choice[2]!).replace(/#.*$/, '').trim();
      option = { text, line: lineNo, scores: {}, target: null };
      optionDepth = depth;
      draft.node.options.push(option);
      draft.node.kind = 'decision';
    } else if (/^\s*-(?!>)/.test(line)) {
      const depth = /^\s*((?:-\s*)+)/.exec(line)![1]!.replace(/\s/g, '').length;
      if (depth <= optionDepth) option = null;
    }
    const score = SCORE.exec(line);
    if (score && option) {
      const sign = (score[2] ?? score[4]) === '-' ? -1 : 1;
      const value = Number(score[3] ?? score[5]);
      const opt = option as StoryOption;
      opt.scores[score[1]!] = (opt.scores[score[1]!] ?? 0) + sign * value;
    }
    for (const match of line.matchAll(DIVERT)) {
      const target = match[1]!;
      if (!draft) {
        startTargets.push(target);
        continue;
      }
      if (target === 'END' || target === 'DONE') {
        if (option) (option as StoryOption).target ??= 'END';
        else draft.ends = true;
        continue;
      }
      draft.rawTargets.push({ target, option });
    }
  });

  const ids = new Set(drafts.map((d) => d.node.id));
  const resolve = (target: string, from: Draft): string | null => {
    if (target.includes('.')) return ids.has(target) ? target : null;
    if (from.knot && ids.has(`${from.knot}.${target}`)) return `${from.knot}.${target}`;
    return ids.has(target) ? target : null;
  };
  for (const draft of drafts) {
    for (const { target, option: opt } of draft.rawTargets) {
      const id = resolve(target, draft);
      if (!id) continue;
      if (opt) opt.target ??= id;
      else if (!draft.node.next.includes(id)) draft.node.next.push(id);
    }
    const leaves = draft.node.options.some((o) => o.target === 'END');
    if (draft.ends || (leaves && draft.node.options.every((o) => o.target === 'END'))) {
      if (draft.node.kind !== 'decision') draft.node.kind = 'ending';
    }
    const goesSomewhere =
      draft.ends || draft.node.next.length > 0 || draft.node.options.some((o) => o.target !== null);
    draft.node.deadEnd = !goesSomewhere;
  }
  // A knot with no content of its own that flows into its first stitch.
  for (let i = 0; i < drafts.length - 1; i++) {
    const [a, b] = [drafts[i]!, drafts[i + 1]!];
    if (a.node.deadEnd && b.knot === a.node.id && b.node.id.startsWith(`${a.node.id}.`)) {
      a.node.next.push(b.node.id);
      a.node.deadEnd = false;
    }
  }

  const start = startTargets.map((t) => (ids.has(t) ? t : null)).find(Boolean) ?? drafts[0]?.node.id ?? null;
  const byId = new Map(drafts.map((d) => [d.node.id, d.node]));
  const stack = start ? [start] : [];
  while (stack.length > 0) {
    const node = byId.get(stack.pop()!);
    if (!node || node.reachable) continue;
    node.reachable = true;
    stack.push(...node.next);
    for (const o of node.options) if (o.target && o.target !== 'END') stack.push(o.target);
  }
  return { start, nodes: drafts.map((d) => d.node) };
}
