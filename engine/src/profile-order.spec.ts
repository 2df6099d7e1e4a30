import { orderCompetencies } from './profile-order.js';

describe(orderCompetencies.name, () => {
  it('should order by score, then by maximum, then by id, without changing the input', () => {
    const input = [
      { id: 'rigueur', score: 2, max: 3 },
      { id: 'autonomie', score: 2, max: 3 },
      { id: 'securite', score: 2, max: 5 },
      { id: 'travail_equipe', score: 4, max: 4 },
      { id: 'curiosite', score: 0 },
    ];
    const copy = input.map((c) => ({ ...c }));
    expect(orderCompetencies(input).map((c) => c.id)).toEqual([
      'travail_equipe',
      'securite',
      'autonomie',
      'rigueur',
      'curiosite',
    ]);
    expect(input).toEqual(copy);
  });
});
