import { readFileSync } from 'node:fs';
import { compileInk } from '../../../../engine/src/compiler.js';
import type { Referentiel } from '../seed/narrative-files.js';
import { buildProfile, type ProfileSource } from './profile-view.js';

const DIR = 'narratives/agent-biodechets';
const json = compileInk(readFileSync(`${DIR}/scenario.ink`, 'utf8'), { fileName: 'scenario.ink' }).json!;
const metier = JSON.parse(readFileSync(`${DIR}/metier.json`, 'utf8')) as Record<string, unknown>;
const referentiel = JSON.parse(
  readFileSync('narratives/referentiel-competences.json', 'utf8'),
) as Referentiel;

function source(overrides: Partial<ProfileSource> = {}): ProfileSource {
  return {
    scenarioId: 'agent-biodechets',
    meta: { title: 'Avec Julien', job: 'Agent·e', sector: 'dechets' },
    compiledJson: json,
    metier,
    referentiel,
    site: { id: 's1', name: 'Cité des Métiers – Gap' },
    completedAt: new Date('2026-12-01T10:00:00Z'),
    rows: [
      { competency: 'communication', score: 1, maxScore: 1, evidence: [] },
      {
        competency: 'rigueur',
        score: 4,
        maxScore: 6,
        evidence: [
          {
            step: 1,
            path: 'indesirables',
            choiceIndex: 0,
            choiceText: 'On retire',
            delta: 1,
            method: 'voice',
            transcript: 'on enlève',
          },
          {
            step: 2,
            path: 'temperature',
            choiceIndex: 2,
            choiceText: 'Le cahier',
            delta: 3,
            method: 'click',
          },
        ],
      },
      { competency: 'securite', score: 0, maxScore: 0, evidence: [] },
    ],
    ...overrides,
  };
}

describe(buildProfile.name, () => {
  it('should rank 4/6 above 1/1 and keep the never-scorable competency last when sorting', () => {
    expect(buildProfile(source()).competencies.map((c) => `${c.id} ${c.score}/${c.max}`)).toEqual([
      'rigueur 4/6',
      'communication 1/1',
      'securite 0/0',
    ]);
  });

  it('should name decisions by their French title and drop unknown input methods when mapping evidence', () => {
    const rigueur = buildProfile(source()).competencies[0];
    expect(rigueur.evidence).toEqual([
      expect.objectContaining({
        decision: 'indesirables',
        decisionTitle: 'Un chargement plein de plastique',
        method: 'voice',
        transcript: 'on enlève',
      }),
      expect.objectContaining({
        decision: 'temperature',
        decisionTitle: 'Un andain qui refroidit',
        method: null,
      }),
    ]);
  });

  it('should carry the job facts, training routes, centre and titled debrief questions when metier.json has them', () => {
    const profile = buildProfile(source());
    expect(profile.site).toEqual({ id: 's1', name: 'Cité des Métiers – Gap' });
    expect(profile.job.formations.length).toBeGreaterThan(2);
    expect(profile.job.salaire?.debutantBrutMensuel).toEqual([1800, 1900]);
    expect(profile.debrief.questions.length).toBeGreaterThanOrEqual(4);
    expect(profile.debrief.questions.every((q) => q.decisionTitle !== null)).toBe(true);
  });
});
