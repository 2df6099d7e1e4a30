import { evaluateMatcher, loadCorpus, type CorpusScenario } from '../../scripts/bench/matcher.js';

// The labelled utterances of every scenario (narratives/<id>/utterances.json): they must name real
// decisions and offered choices, and the matcher must stay near its budgets on them (the exact
// figures are measured by `npm run bench`).

describe(evaluateMatcher.name, () => {
  let corpus: CorpusScenario[];
  beforeAll(() => {
    corpus = loadCorpus();
  });

  it('should find a decision of the story for every path of utterances.json', () => {
    expect(evaluateMatcher(corpus).unknownPaths).toEqual([]);
  });

  it('should only expect choices that the decision offers', () => {
    const outOfRange = corpus.flatMap((scenario) =>
      scenario.utterances.decisions.flatMap((decision) =>
        decision.utterances
          .filter((u) => !(u.expect >= 0 && u.expect < (scenario.choicesAt[decision.path]?.length ?? 0)))
          .map((u) => `${scenario.id}:${decision.path}: ${u.text} → ${u.expect}`),
      ),
    );
    expect(outOfRange).toEqual([]);
  });

  it('should match most in-scope utterances and rarely accept off-topic ones', () => {
    const result = evaluateMatcher(corpus);
    expect(result.inScope).toBeGreaterThan(0);
    expect(result.correct / result.inScope).toBeGreaterThanOrEqual(0.85);
    expect(result.wrong / result.inScope).toBeLessThanOrEqual(0.05);
    expect(result.falseAccepts / result.offTopicTrials).toBeLessThanOrEqual(0.06);
  });
});
