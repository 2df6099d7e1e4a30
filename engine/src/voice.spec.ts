import { compileInk } from './compiler.js';
import { lintScenario } from './lint.js';
import { MINI_INK } from './__fixtures__/stories.js';
import { voiceKey, voiceLines } from './voice.js';

function compiled(source: string): string {
  const { json, diagnostics } = compileInk(source);
  if (!json) throw new Error(JSON.stringify(diagnostics));
  return json;
}

describe(voiceKey.name, () => {
  it('should give the same 16-hex key when called again with the same speaker and text', () => {
    expect(voiceKey('lea', 'Bonjour, je suis Léa.')).toBe('6add80cde90f9eb8');
    expect(voiceKey('lea', ' Bonjour, je suis Léa. ')).toBe(voiceKey('lea', 'Bonjour, je suis Léa.'));
  });

  it('should give another key when another character says the same text', () => {
    expect(voiceKey('lea', 'Bonjour.')).not.toBe(voiceKey('marc', 'Bonjour.'));
    expect(voiceKey(undefined, 'Bonjour.')).not.toBe(voiceKey('lea', 'Bonjour.'));
  });
});

describe(voiceLines.name, () => {
  it('should list every line reachable through any choice once, with its speaker', () => {
    const lines = voiceLines(compiled(MINI_INK));
    expect(lines.map((l) => l.text)).toEqual([
      'Bonjour, je suis Léa.',
      'On monte dans l’éolienne aujourd’hui.',
      'Tu fais quoi avant de monter ?',
      'Très bien.',
      'Dans la nacelle, une alarme sonne.',
      'Merci pour cette journée !',
      'Attends !',
    ]);
    expect(lines.every((l) => l.speaker === 'lea')).toBe(true);
    expect(lines[0].key).toBe(voiceKey('lea', 'Bonjour, je suis Léa.'));
  });
});

describe('metier.json `voix`', () => {
  const metier = (voix: unknown) => ({
    id: 'mini',
    metier: {},
    personnages: { lea: { nom: 'Léa', role: 'Technicienne', voix } },
    media: { 'parc-eolien': { type: 'environnement', preset: 'eolien' } },
  });
  const voiceErrors = (voix: unknown) =>
    lintScenario({
      source: MINI_INK,
      fileName: 'scenario.ink',
      referential: ['rigueur', 'securite', 'travail_equipe'],
      metier: metier(voix),
    }).diagnostics.filter((d) => d.message.includes('Voix'));

  it('should report a voice other than femme, homme or neutre', () => {
    expect(voiceErrors('robot').map((d) => d.message)).toEqual([
      'Voix inconnue « robot » pour « personnages.lea » : femme, homme ou neutre.',
    ]);
  });

  it('should accept each known voice and a character without one', () => {
    for (const voix of ['femme', 'homme', 'neutre', undefined]) expect(voiceErrors(voix)).toEqual([]);
  });
});
