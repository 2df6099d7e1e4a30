import { compileInk } from './compiler.js';
import { EngineError } from './errors.js';
import { DialogueRunner, PreparedStory, replay } from './runner.js';
import { MINI_INK } from './__fixtures__/stories.js';

const json = (() => {
  const { json: compiled, diagnostics } = compileInk(MINI_INK);
  if (!compiled) throw new Error(JSON.stringify(diagnostics));
  // Play from the JSON round-trip, as the headset and server do.
  return JSON.stringify(JSON.parse(compiled));
})();
const REFERENTIAL = ['rigueur', 'securite', 'travail_equipe', 'communication'];

function runner(): DialogueRunner {
  return new DialogueRunner(json, { competencies: REFERENTIAL });
}

describe(DialogueRunner.name, () => {
  it('should parse the header tags into scenario metadata when asked for meta', () => {
    expect(runner().meta()).toEqual({
      id: 'mini',
      title: 'Une journée test',
      sector: 'energies-renouvelables',
      job: 'Technicienne test',
      durationMinutes: 5,
    });
  });

  it('should return the lines up to the first choice point with parsed tags when the story starts', () => {
    const turn = runner().next();
    expect(turn.ended).toBe(false);
    expect(turn.lines.map((l) => l.text)).toEqual([
      'Bonjour, je suis Léa.',
      'On monte dans l’éolienne aujourd’hui.',
      'Tu fais quoi avant de monter ?',
    ]);
    expect(turn.lines[0]).toMatchObject({
      speaker: 'lea',
      emotion: 'joie',
      lineId: 'accueil-bonjour',
      path: 'accueil',
    });
    expect(turn.lines[0].tags).not.toContain('id: mini');
    expect(turn.lines[1]).toMatchObject({ media: 'parc-eolien', path: 'accueil' });
    expect(turn.lines[1].lineId).toMatch(/^h[0-9a-f]{16}$/);
    expect(turn.lines[2].path).toBe('accueil.choix');
  });

  it('should offer the choices with their say phrasings when a choice point is reached', () => {
    const r = runner();
    const { choices } = r.next();
    expect(choices.map((c) => c.text)).toEqual([
      'Je vérifie mon harnais.',
      'Je monte tout de suite.',
      'Je demande à mon binôme.',
    ]);
    expect(choices[0].say).toEqual(['je contrôle le harnais', 'je regarde mon équipement']);
    expect(choices[1].say).toEqual(['j’y vais direct', 'je grimpe']);
    expect(choices[2].say).toEqual([]);
    expect(r.decisionPath).toBe('accueil.choix');
  });

  it('should give the same hashed line id when the same line is played twice', () => {
    expect(runner().next().lines[1].lineId).toBe(runner().next().lines[1].lineId);
  });

  it('should score only the referential VARs declared by the story when competencies are given', () => {
    expect(runner().scores()).toEqual({ rigueur: 0, securite: 0, travail_equipe: 0 });
  });

  it('should score every integer VAR when no competency list is given', () => {
    expect(Object.keys(new DialogueRunner(json).scores()).sort()).toEqual([
      '_visites',
      'rigueur',
      'securite',
      'travail_equipe',
    ]);
  });

  it('should attribute each score change to the choice that caused it when choices are made', () => {
    const r = runner();
    r.next();
    r.choose(0);
    const second = r.next();
    expect(second.lines.map((l) => l.text)).toEqual(['Très bien.', 'Dans la nacelle, une alarme sonne.']);
    expect(r.decisionPath).toBe('nacelle');
    r.choose(0);
    const end = r.next();
    expect(end).toMatchObject({ ended: true, choices: [] });
    expect(end.lines[0]).toMatchObject({ lineId: 'fin-merci', path: 'fin' });
    expect(r.scores()).toEqual({ rigueur: 1, securite: 2, travail_equipe: 2 });
    expect(r.evidence()).toEqual([
      {
        competency: 'rigueur',
        delta: 1,
        step: 0,
        choiceIndex: 0,
        choiceText: 'Je vérifie mon harnais.',
        path: 'accueil.choix',
      },
      {
        competency: 'securite',
        delta: 2,
        step: 0,
        choiceIndex: 0,
        choiceText: 'Je vérifie mon harnais.',
        path: 'accueil.choix',
      },
      {
        competency: 'travail_equipe',
        delta: 2,
        step: 1,
        choiceIndex: 0,
        choiceText: 'J’appelle le chef d’équipe.',
        path: 'nacelle',
      },
    ]);
  });

  it('should record a negative delta when a choice lowers a competency', () => {
    const r = runner();
    r.next();
    r.choose(1);
    r.next();
    expect(r.evidence()).toEqual([
      expect.objectContaining({ competency: 'securite', delta: -1, step: 0, choiceIndex: 1 }),
    ]);
  });

  it('should throw INVALID_CHOICE when the index is not offered', () => {
    const r = runner();
    r.next();
    expect(() => r.choose(3)).toThrow(EngineError);
    expect(() => r.choose(-1)).toThrow(expect.objectContaining({ code: 'INVALID_CHOICE' }));
    expect(() => r.choose(1.5)).toThrow(expect.objectContaining({ code: 'INVALID_CHOICE' }));
  });

  it('should continue identically in a new runner when the state is saved and restored mid-story', () => {
    const a = runner();
    a.next();
    a.choose(0);
    a.next();
    const saved = a.saveState();
    const b = runner();
    b.restoreState(saved);
    expect(b.step).toBe(1);
    expect(b.decisionPath).toBe('nacelle');
    expect(b.next().choices.map((c) => c.text)).toEqual([
      'J’appelle le chef d’équipe.',
      'Je relance la machine.',
    ]);
    b.choose(0);
    a.choose(0);
    expect(b.next()).toEqual(a.next());
    expect(b.evidence()).toEqual(a.evidence());
    expect(b.scores()).toEqual(a.scores());
  });

  it('should keep the pending evidence when the state is saved between a choice and the next turn', () => {
    const a = runner();
    a.next();
    a.choose(0);
    const b = runner();
    b.restoreState(a.saveState());
    b.next();
    expect(b.evidence().map((e) => e.competency)).toEqual(['rigueur', 'securite']);
  });

  it('should return the same choices and no new lines when next is called twice without choosing', () => {
    const r = runner();
    const first = r.next();
    const again = r.next();
    expect(again.lines).toEqual([]);
    expect(again.choices).toEqual(first.choices);
    expect(again.ended).toBe(false);
  });

  it('should use the ink fallback when an external function has no binding', () => {
    const { json: external } = compileInk(
      'EXTERNAL prenom()\nBonjour {prenom()} !\n-> END\n== function prenom() ==\n~ return "Léa"\n',
    );
    const turn = new DialogueRunner(external!).next();
    expect(turn.lines.map((l) => l.text)).toEqual(['Bonjour Léa !']);
    expect(turn.ended).toBe(true);
  });

  it('should throw INVALID_STATE when the saved state is not one', () => {
    expect(() => runner().restoreState('{"nope":1}')).toThrow(
      expect.objectContaining({ code: 'INVALID_STATE' }),
    );
  });

  it('should throw INVALID_STORY when the JSON is not a compiled story', () => {
    expect(() => new DialogueRunner('{"root":')).toThrow(expect.objectContaining({ code: 'INVALID_STORY' }));
    expect(() => new DialogueRunner('null')).toThrow(expect.objectContaining({ code: 'INVALID_STORY' }));
    expect(() => new DialogueRunner({ nope: 1 })).toThrow(expect.objectContaining({ code: 'INVALID_STORY' }));
  });
});

describe(replay.name, () => {
  it('should return scores, evidence, lines and the end flag when the path is valid', () => {
    const result = replay(json, [0, 0], { competencies: REFERENTIAL });
    expect(result.ended).toBe(true);
    expect(result.scores).toEqual({ rigueur: 1, securite: 2, travail_equipe: 2 });
    expect(result.evidence).toHaveLength(3);
    expect(result.lines.map((l) => l.lineId)).toContain('fin-merci');
  });

  it('should accept the story as an already parsed object when given one', () => {
    const story = JSON.parse(json) as Record<string, unknown>;
    expect(replay(story, [1, 1]).scores).toEqual(replay(story, [1, 1]).scores);
    expect(replay(story, [2, 0], { competencies: REFERENTIAL }).scores).toEqual({
      rigueur: 0,
      securite: 0,
      travail_equipe: 3,
    });
  });

  it('should give the same results from a prepared story reused across replays', () => {
    const prepared = new PreparedStory(json);
    const first = replay(prepared, [0, 0], { competencies: REFERENTIAL });
    const other = replay(prepared, [1, 1], { competencies: REFERENTIAL });
    expect(replay(prepared, [0, 0], { competencies: REFERENTIAL })).toEqual(first);
    expect(first).toEqual(replay(json, [0, 0], { competencies: REFERENTIAL }));
    expect(other).toEqual(replay(json, [1, 1], { competencies: REFERENTIAL }));
  });

  it('should report an unfinished story when the path stops early', () => {
    expect(replay(json, [0]).ended).toBe(false);
  });

  it('should throw a typed INVALID_CHOICE error with the step when an index is not offered', () => {
    expect(() => replay(json, [0, 5])).toThrow(
      expect.objectContaining({
        code: 'INVALID_CHOICE',
        details: expect.objectContaining({ step: 1, index: 5 }),
      }),
    );
    expect(() => replay(json, [0, 0, 0])).toThrow(expect.objectContaining({ code: 'INVALID_CHOICE' }));
  });
});
