// One-off, reproducible split of each narratives/<id>/utterances.json into a tuning part (kept in
// utterances.json) and a held-out part (moved to utterances.heldout.json), so that the matcher is
// measured on sentences it was never tuned on. Rule: within each decision (and within the off-topic
// list), the ceil(30 %) utterances with the lowest FNV-1a hash of their text are held out. Running it
// again on an already split folder changes nothing (it only moves sentences out of a file without a
// held-out part).

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HELDOUT_SHARE = 0.3;

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Indices of `texts` held out: the ceil(share × n) lowest hashes (ties by position). */
export function heldOutIndices(texts: readonly string[], share = HELDOUT_SHARE): Set<number> {
  const count = Math.ceil(texts.length * share);
  const ranked = texts.map((t, i) => ({ i, h: fnv1a(t) })).sort((a, b) => a.h - b.h || a.i - b.i);
  return new Set(ranked.slice(0, count).map((r) => r.i));
}

interface Utterance {
  text: string;
  expect: number;
}
interface UtteranceFile {
  decisions: { path: string; utterances: Utterance[] }[];
  offTopic: string[];
}

function split(file: UtteranceFile): { tuning: UtteranceFile; heldout: UtteranceFile } {
  const tuning: UtteranceFile = { decisions: [], offTopic: [] };
  const heldout: UtteranceFile = { decisions: [], offTopic: [] };
  for (const d of file.decisions) {
    const out = heldOutIndices(d.utterances.map((u) => u.text));
    tuning.decisions.push({ path: d.path, utterances: d.utterances.filter((_, i) => !out.has(i)) });
    heldout.decisions.push({ path: d.path, utterances: d.utterances.filter((_, i) => out.has(i)) });
  }
  const out = heldOutIndices(file.offTopic);
  tuning.offTopic = file.offTopic.filter((_, i) => !out.has(i));
  heldout.offTopic = file.offTopic.filter((_, i) => out.has(i));
  return { tuning, heldout };
}

function format(file: UtteranceFile): string {
  const decisions = file.decisions.map(
    (d) =>
      `    {\n      "path": ${JSON.stringify(d.path)},\n      "utterances": [\n` +
      d.utterances
        .map((u) => `        { "text": ${JSON.stringify(u.text)}, "expect": ${u.expect} }`)
        .join(',\n') +
      `\n      ]\n    }`,
  );
  const off = file.offTopic.map((t) => `    ${JSON.stringify(t)}`).join(',\n');
  return `{\n  "decisions": [\n${decisions.join(',\n')}\n  ],\n  "offTopic": [\n${off}\n  ]\n}\n`;
}

if (/split-utterances\.ts$/.test(process.argv[1] ?? '')) {
  const root = join(process.cwd(), 'narratives');
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const source = join(root, entry.name, 'utterances.json');
    const target = join(root, entry.name, 'utterances.heldout.json');
    if (!entry.isDirectory() || !existsSync(source) || existsSync(target)) continue;
    const { tuning, heldout } = split(JSON.parse(readFileSync(source, 'utf8')) as UtteranceFile);
    writeFileSync(source, format(tuning));
    writeFileSync(target, format(heldout));
    process.stdout.write(
      `${entry.name}: ${heldout.decisions.flatMap((d) => d.utterances).length} held out\n`,
    );
  }
}
