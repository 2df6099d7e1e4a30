import { compileInk } from './compiler.js';
import { decisionTitles } from './decision-titles.js';
import { DialogueRunner } from './runner.js';

const SOURCE = `-> accueil
=== accueil ===
# titre: Le premier choix
Bonjour. # speaker: lea
+ [Oui] -> atelier.outil
=== atelier ===
= outil
Quel outil ?
+ [Le marteau] -> END
`;

describe(decisionTitles.name, () => {
  const json = compileInk(SOURCE, { fileName: 'titres.ink' }).json!;

  it('should name a titled knot and leave an untitled stitch out when looking decisions up', () => {
    const titles = decisionTitles(json, ['accueil', 'atelier.outil', 'absent']);
    expect([...titles]).toEqual([['accueil', 'Le premier choix']]);
  });

  it('should keep the title out of the line tags when the runner plays the knot', () => {
    const turn = new DialogueRunner(json).next();
    expect(turn.lines[0].tags).toEqual(['speaker: lea']);
  });
});
