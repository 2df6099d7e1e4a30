import { storyMap } from './story-map.js';

const SOURCE = `# id: essai
VAR securite = 0
-> accueil

=== accueil ===
Bonjour. # speaker: lea
-> accueil.choix

= choix
# titre: Avant de monter
* [Je vérifie mon harnais.]
  // securite +2
  ~ securite = securite + 2
  -> nacelle
* [Je monte tout de suite.]
  ~ securite -= 1
  -> nacelle
* [Je rentre chez moi.]
  -> END

=== nacelle ===
Une alarme sonne.
-> fin

=== oubli ===
Personne ne vient ici.
-> fin

=== impasse ===
Rien après.

=== fin ===
Merci ! # speaker: lea
-> END
`;

describe(storyMap.name, () => {
  const map = storyMap(SOURCE);
  const node = (id: string) => map.nodes.find((n) => n.id === id)!;

  it('should make each decision a node with its options, score changes, targets and line', () => {
    expect(map.start).toBe('accueil');
    expect(node('accueil.choix')).toMatchObject({ kind: 'decision', title: 'Avant de monter', line: 9 });
    expect(node('accueil.choix').options).toEqual([
      { text: 'Je vérifie mon harnais.', line: 11, scores: { securite: 2 }, target: 'nacelle' },
      { text: 'Je monte tout de suite.', line: 15, scores: { securite: -1 }, target: 'nacelle' },
      { text: 'Je rentre chez moi.', line: 18, scores: {}, target: 'END' },
    ]);
    expect(node('accueil').next).toEqual(['accueil.choix']);
  });

  it('should flag endings, unreachable knots and dead ends', () => {
    expect(node('fin').kind).toBe('ending');
    expect(node('oubli')).toMatchObject({ reachable: false, deadEnd: false });
    expect(node('impasse')).toMatchObject({ reachable: false, deadEnd: true });
    expect(node('nacelle')).toMatchObject({ reachable: true, deadEnd: false });
  });
});
