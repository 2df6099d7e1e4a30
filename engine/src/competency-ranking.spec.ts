import { rankCompetencies } from './competency-ranking.js';

describe(rankCompetencies.name, () => {
  it('should put 4/6 before 1/1 when sorting by score rather than ratio', () => {
    const ranked = rankCompetencies([
      { id: 'a', score: 1, max: 1 },
      { id: 'b', score: 4, max: 6 },
    ]);
    expect(ranked.map((c) => c.id)).toEqual(['b', 'a']);
  });

  it('should break a tie by the larger maximum then by input order when scores are equal', () => {
    const ranked = rankCompetencies([
      { id: 'a', score: 2, max: 2 },
      { id: 'b', score: 2, max: 5 },
      { id: 'c', score: 2, max: 2 },
      { id: 'd', score: 0, max: 0 },
    ]);
    expect(ranked.map((c) => c.id)).toEqual(['b', 'a', 'c', 'd']);
  });
});
