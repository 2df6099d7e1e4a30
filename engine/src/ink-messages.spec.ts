import { compileInk } from './compiler.js';
import { frenchInkMessage } from './ink-messages.js';

describe(frenchInkMessage.name, () => {
  it.each([
    ["Divert target not found: '-> atelier'", 'Renvoi impossible : « atelier » n’existe pas'],
    ['Unresolved variable: prenom', 'Variable inconnue : « prenom »'],
    ["Variable could not be found to assign to: 'rigeur'", 'Impossible de modifier « rigeur »'],
    ['Expected close quote for string expression but saw end of line', 'Guillemet fermant manquant'],
    ["Expected closing ']' for weave-style option but saw end of line", 'Crochet fermant « ] » manquant'],
  ])('should translate %s', (english, french) => {
    expect(frenchInkMessage(english)).toContain(french);
  });

  it('should keep a message it does not know rather than guess', () => {
    expect(frenchInkMessage('RANDOM should take 2 parameters')).toBe('RANDOM should take 2 parameters');
  });

  it('should give content staff a French diagnostic when the story has a loose end', () => {
    const { diagnostics } = compileInk('=== accueil ===\nBonjour.\n* [Oui]\n  Très bien.\n');
    expect(diagnostics.map((d) => d.message).join('\n')).toContain('L’histoire s’arrête ici sans suite');
  });
});
