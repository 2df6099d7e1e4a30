import { checkParaphrase, type GuardReasonCode } from './guard.js';

const ORIGINAL =
  'Regardez les pales : chacune mesure plus de 40 mètres. Sandrine monte avec Thomas à 7 h 30.';

describe(checkParaphrase.name, () => {
  it.each([
    [
      'a faithful rephrasing',
      'Observez les pales : elles font chacune plus de 40 mètres. Sandrine grimpe avec Thomas à 7 h 30.',
    ],
    [
      'numbers written as words',
      'Regardez les pales : chacune dépasse quarante mètres. Sandrine monte avec Thomas à sept h trente.',
    ],
    [
      'the same names in another order',
      'Thomas et Sandrine montent à 7 h 30. Chaque pale mesure plus de 40 mètres, regardez.',
    ],
  ])('should accept %s', (_label, candidate) => {
    expect(checkParaphrase(ORIGINAL, candidate)).toEqual({ ok: true });
  });

  it.each<[string, string, string, GuardReasonCode[]]>([
    ['an empty answer', 'Bonjour.', '   ', ['EMPTY']],
    [
      'a much shorter text',
      ORIGINAL,
      'Regardez les pales.',
      ['NUMBERS_CHANGED', 'UNITS_CHANGED', 'PROPER_NOUNS_CHANGED', 'LENGTH_RATIO'],
    ],
    [
      'a much longer text',
      'On monte à 7 h.',
      'On monte tous ensemble à 7 h, après un bon café, en prenant bien le temps de vérifier chaque équipement.',
      ['LENGTH_RATIO'],
    ],
    [
      'English',
      'Je vérifie le harnais avant de monter.',
      'I check the harness before I climb up.',
      ['NOT_FRENCH'],
    ],
    ['a changed number', 'La nacelle est à 80 mètres.', 'La nacelle est à 90 mètres.', ['NUMBERS_CHANGED']],
    [
      'a new number',
      'La nacelle est très haute.',
      'La nacelle est à 80 mètres.',
      ['NUMBERS_CHANGED', 'UNITS_CHANGED'],
    ],
    ['a changed unit', 'Le vent souffle à 90 km/h.', 'Le vent souffle à 90 m/s.', ['UNITS_CHANGED']],
    [
      'a changed currency',
      'Vous débutez à 2000 euros brut.',
      'Vous débutez à 2000 dollars brut.',
      ['UNITS_CHANGED'],
    ],
    [
      'a dropped name',
      'Tu peux demander à Thomas.',
      'Tu peux demander à ton collègue.',
      ['PROPER_NOUNS_CHANGED'],
    ],
    [
      'a new person',
      'Tu peux demander à ton collègue.',
      'Tu peux demander à Kevin, ton collègue.',
      ['NEW_PERSON'],
    ],
    [
      'a new person after a title',
      'Une cliente arrive au chantier.',
      'Madame Diallo arrive au chantier.',
      ['NEW_PERSON'],
    ],
    [
      'a link',
      'Vous trouverez plus d’informations à l’accueil du parc.',
      'Plus d’informations sur www.exemple.fr à l’accueil.',
      ['URL'],
    ],
    ['markup', 'Attention au vent.', 'Attention au **vent** !', ['MARKUP']],
    ['HTML', 'Attention au vent.', 'Attention au <b>vent</b>.', ['MARKUP']],
    ['an emoji', 'Bravo, bien joué !', 'Bravo, bien joué ! 👍', ['EMOJI']],
    [
      'meta-talk in French',
      'Je monte la première, vous me suivez.',
      'En tant qu’IA, je monte la première.',
      ['META_TALK'],
    ],
    [
      'a language model',
      'Je monte la première, vous me suivez.',
      'Je suis un modèle de langage, je monte.',
      ['META_TALK'],
    ],
    [
      'an AI disclaimer',
      'Je monte la première, vous me suivez.',
      'Je suis une intelligence artificielle.',
      ['META_TALK'],
    ],
    ['English meta-talk', 'Je monte la première.', 'As an AI, je monte la première.', ['META_TALK']],
    [
      'a reformulation preamble',
      'On y va ensemble, tranquillement.',
      'Voici une reformulation : on y va.',
      ['META_TALK'],
    ],
  ])('should reject %s', (_label, original, candidate, codes) => {
    const result = checkParaphrase(original, candidate);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reasons.map((r) => r.code).sort()).toEqual([...codes].sort());
      for (const reason of result.reasons) expect(reason.message).toMatch(/\S/);
    }
  });

  it('should use the given length bounds when options are passed', () => {
    expect(checkParaphrase('On monte.', 'On monte ensemble, toi et moi.', { lengthRatio: [0.5, 4] })).toEqual(
      { ok: true },
    );
    expect(checkParaphrase('On monte.', 'On monte ensemble, toi et moi.').ok).toBe(false);
  });
});
