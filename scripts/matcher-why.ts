// Lists the utterances of a corpus part the matcher misses, with the gate that refused them
// (meta/non-answer, coverage, threshold/margin, evidence) found by relaxing one gate at a time.
// `npx tsx scripts/matcher-why.ts [tuning|heldout]` — a tuning aid, never a test.
import { loadCorpus, type CorpusPart } from './bench/matcher.js';
import { matchChoice, tokenize, withoutFillers } from '../engine/src/matcher/index.js';
import { isAddressedToSystem, isNonAnswer } from '../engine/src/matcher/meta.js';

const part = (process.argv[2] ?? 'tuning') as CorpusPart;
const counts = new Map<string, number>();
for (const scenario of loadCorpus(process.cwd(), part)) {
  for (const decision of scenario.utterances.decisions) {
    const choices = scenario.choicesAt[decision.path];
    if (!choices) continue;
    for (const u of decision.utterances) {
      const got = matchChoice(u.text, choices);
      if (got?.choiceIndex === u.expect) continue;
      const tokens = withoutFillers(tokenize(u.text));
      let why: string;
      if (got) why = 'wrong';
      else if (isNonAnswer(tokens) || isAddressedToSystem(tokens)) why = 'meta';
      else if (matchChoice(u.text, choices, { minCoverage: 0 })?.choiceIndex === u.expect) why = 'coverage';
      else if (matchChoice(u.text, choices, { threshold: 0, margin: 0 })?.choiceIndex === u.expect)
        why = 'threshold/margin';
      else if (
        matchChoice(u.text, choices, { threshold: 0, margin: 0, minCoverage: 0 })?.choiceIndex === u.expect
      )
        why = 'coverage+threshold';
      else why = 'no-signal';
      counts.set(why, (counts.get(why) ?? 0) + 1);
      const opts = choices.map((c) => `${c.index}:${c.text}`).join(' | ');
      console.log(`${why}\t${u.text}\t→ ${u.expect} (got ${got?.choiceIndex ?? '-'})\t${opts}`);
    }
  }
}
console.error(Object.fromEntries(counts));
