import { compileInk } from './compiler.js';
import { exploreStory, maxReachableScores } from './explore.js';
import { replay } from './runner.js';
import { CONDITIONAL_INK, DEAD_END_INK, HUB_INK, MINI_INK } from './__fixtures__/stories.js';

function compiled(source: string): string {
  const { json, diagnostics } = compileInk(source);
  if (!json) throw new Error(JSON.stringify(diagnostics));
  return json;
}

describe(exploreStory.name, () => {
  it('should find the maximum and minimum reachable score of each competency when exploring every choice', () => {
    const result = exploreStory(compiled(MINI_INK), {
      competencies: ['rigueur', 'securite', 'travail_equipe'],
    });
    expect(result.maxScores).toEqual({ rigueur: 1, securite: 2, travail_equipe: 3 });
    expect(result.minScores).toEqual({ rigueur: 0, securite: -1, travail_equipe: 0 });
    expect(result.endings).toBe(1);
    expect(result.deadEnds).toEqual([]);
    expect(result.decisions).toEqual({ 'accueil.choix': 3, nacelle: 2 });
    expect(result.scored).toEqual(['rigueur', 'securite', 'travail_equipe']);
  });

  it('should explore a hub of once-only questions without looping forever when choices loop back', () => {
    const json = compiled(HUB_INK);
    const result = exploreStory(json);
    expect(result.maxScores).toEqual({ curiosite: 2, communication: 3, rigueur: 2 });
    expect(result.shortest).toHaveLength(3);
    expect(result.longest).toHaveLength(5);
    expect(replay(json, result.shortest!).ended).toBe(true);
    expect(replay(json, result.longest!).ended).toBe(true);
  });

  it('should report dead ends and leave unreachable knots out of the visited paths when the story has them', () => {
    const result = exploreStory(compiled(DEAD_END_INK));
    expect(result.deadEnds).toEqual([{ choices: [1], path: 'debut' }]);
    expect(result.visited).toEqual(expect.arrayContaining(['debut', 'fin']));
    expect(result.visited).not.toContain('oubliee');
  });

  it('should take the story logic into account when a condition reads a score', () => {
    const result = exploreStory(compiled(CONDITIONAL_INK));
    expect(result.maxScores).toEqual({ rigueur: 3, securite: 2 });
    expect(result.minScores).toEqual({ rigueur: 1, securite: 0 });
  });

  it('should throw STORY_TOO_LARGE when the bound on states is reached', () => {
    expect(() => exploreStory(compiled(HUB_INK), { maxStates: 3 })).toThrow(
      expect.objectContaining({ code: 'STORY_TOO_LARGE' }),
    );
  });
});

describe(maxReachableScores.name, () => {
  it('should return only the referential competencies when a list is given', () => {
    expect(maxReachableScores(compiled(HUB_INK), { competencies: ['rigueur', 'securite'] })).toEqual({
      rigueur: 2,
    });
  });
});
