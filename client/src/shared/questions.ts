// The optional questions at the end of a visit, as data: the headset asks them (headset/flow/questions.ts) and
// « Mes données » shows the answers with the same French labels. No code here, so either page may import it.
import type { DemographicsAnswers } from './api-types.js';

export type QuestionId = keyof DemographicsAnswers;

export interface QuestionOption {
  /** The value sent to the server. */
  value: string | number;
  label: string;
  /** Other ways a visitor may say it, for the voice matcher. */
  say: string[];
}

export interface Question {
  id: QuestionId;
  title: string;
  help?: string;
  options: QuestionOption[];
}

const option = (value: string | number, label: string, ...say: string[]): QuestionOption => ({
  value,
  label,
  say,
});

export const QUESTIONS: readonly Question[] = [
  {
    id: 'satisfaction',
    title: 'Avez-vous aimé cette rencontre\u202f?',
    options: [
      option(5, 'J’ai adoré', 'adoré', 'génial', 'super', 'excellent', 'cinq'),
      option(4, 'J’ai aimé', 'bien', 'oui', 'plutôt bien', 'quatre'),
      option(3, 'Moyennement', 'bof', 'moyen', 'comme ci comme ça', 'trois'),
      option(2, 'Pas trop', 'pas vraiment', 'pas beaucoup', 'deux'),
      option(1, 'Pas du tout', 'non', 'pas aimé', 'nul', 'un'),
    ],
  },
  {
    id: 'gender',
    title: 'Vous êtes\u202f:',
    options: [
      option('femme', 'Une femme', 'femme', 'fille', 'madame'),
      option('homme', 'Un homme', 'homme', 'garçon', 'monsieur'),
      option('non-binaire', 'Non-binaire', 'non binaire', 'autre', 'ni l’un ni l’autre'),
    ],
  },
  {
    id: 'ageBand',
    title: 'Quel âge avez-vous\u202f?',
    options: [
      option(
        '<18',
        'Moins de 18\u00a0ans',
        'moins de dix-huit ans',
        'mineur',
        'quinze ans',
        'seize ans',
        'dix-sept ans',
      ),
      option('18-29', 'De 18 à 29\u00a0ans', 'dix-huit', 'vingt ans', 'vingt-cinq ans', 'jeune'),
      option('30-54', 'De 30 à 54\u00a0ans', 'trente ans', 'quarante ans', 'cinquante ans'),
      option('55+', '55\u00a0ans ou plus', 'cinquante-cinq', 'soixante ans', 'plus de cinquante-cinq ans'),
    ],
  },
  {
    id: 'situation',
    title: 'Aujourd’hui, vous êtes plutôt\u202f:',
    options: [
      option('demandeur-emploi', 'En recherche d’emploi', 'je cherche du travail', 'chômage', 'sans emploi'),
      option(
        'demandeur-emploi-longue-duree',
        'En recherche d’emploi depuis plus d’un an',
        'depuis longtemps',
        'plus d’un an',
        'longue durée',
      ),
      option('en-emploi', 'En emploi', 'je travaille', 'salarié', 'j’ai un travail', 'indépendant'),
      option('en-formation', 'En études ou en formation', 'étudiant', 'lycéen', 'en formation', 'à l’école'),
      option('inactif', 'Ni l’un ni l’autre', 'rien', 'au foyer', 'sans activité'),
    ],
  },
  {
    id: 'education',
    title: 'Votre plus haut diplôme\u202f:',
    help: 'Ou la dernière classe suivie.',
    options: [
      option('isced-0-2', 'Aucun diplôme, brevet ou collège', 'aucun', 'pas de diplôme', 'brevet', 'collège'),
      option('isced-3-4', 'CAP, BEP, bac ou équivalent', 'cap', 'bep', 'bac', 'baccalauréat', 'lycée'),
      option('isced-5-8', 'Bac +2 ou plus', 'bts', 'licence', 'master', 'université', 'bac plus deux'),
    ],
  },
];

/** How « Mes données » shows an answer: its option label, « non répondu » when skipped. */
export function answerLabel(question: Question, value: string | number | null): string {
  if (value === null) return 'non répondu';
  if (value === 'non-renseigne') return 'préfère ne pas répondre';
  return question.options.find((o) => o.value === value)?.label ?? String(value);
}
