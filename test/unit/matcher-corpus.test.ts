import { evaluateMatcher, loadCorpus, type CorpusScenario } from '../../scripts/bench/matcher.js';

// The labelled utterances of every scenario (narratives/<id>/utterances.json, the tuning part, and
// utterances.heldout.json, never tuned on): they must name real decisions and offered choices, and
// the matcher must stay near its budgets on them (the exact figures are measured by `npm run bench`).
// Unsure is cheap (one more question, or the server's LLM); a wrong choice is not: the bounds on
// wrong choices and accepts are tight, the one on accuracy is a floor against regressions.

describe(evaluateMatcher.name, () => {
  let corpus: CorpusScenario[];
  let heldout: CorpusScenario[];
  beforeAll(() => {
    corpus = loadCorpus();
    heldout = loadCorpus(process.cwd(), 'heldout');
  });

  it('should find a decision of the story for every path of utterances.json', () => {
    expect(evaluateMatcher(corpus).unknownPaths).toEqual([]);
    expect(evaluateMatcher(heldout).unknownPaths).toEqual([]);
  });

  it('should hold out at least 30 % of the utterances and 15 per scenario', () => {
    const count = (s: CorpusScenario) => s.utterances.decisions.flatMap((d) => d.utterances).length;
    expect(heldout.map((s) => s.id)).toEqual(corpus.map((s) => s.id));
    for (const [i, s] of heldout.entries()) {
      expect(count(s)).toBeGreaterThanOrEqual(15);
      expect(count(s) / (count(s) + count(corpus[i]))).toBeGreaterThanOrEqual(0.3);
      expect(s.utterances.system?.length).toBeGreaterThan(0);
      expect(s.utterances.nonAnswers?.length).toBeGreaterThan(0);
    }
  });

  it('should only expect choices that the decision offers', () => {
    const outOfRange = [...corpus, ...heldout].flatMap((scenario) =>
      scenario.utterances.decisions.flatMap((decision) =>
        decision.utterances
          .filter((u) => !(u.expect >= 0 && u.expect < (scenario.choicesAt[decision.path]?.length ?? 0)))
          .map((u) => `${scenario.id}:${decision.path}: ${u.text} → ${u.expect}`),
      ),
    );
    expect(outOfRange).toEqual([]);
  });

  it('should rarely choose wrongly or accept off-topic sentences on the tuning part', () => {
    const result = evaluateMatcher(corpus);
    expect(result.inScope).toBeGreaterThan(0);
    expect(result.correct / result.inScope).toBeGreaterThanOrEqual(0.65);
    expect(result.wrong / result.inScope).toBeLessThanOrEqual(0.025);
    expect(result.falseAccepts / result.offTopicTrials).toBeLessThanOrEqual(0.03);
  });

  it('should keep confident errors and accepts within budget on the held-out part', () => {
    const result = evaluateMatcher(heldout);
    expect(result.correct / result.inScope).toBeGreaterThanOrEqual(0.65);
    expect(result.wrong / result.inScope).toBeLessThanOrEqual(0.01);
    expect(result.falseAccepts / result.offTopicTrials).toBeLessThanOrEqual(0.02);
    expect(result.systemAccepts).toBe(0);
  });
});
