// The optional questions at the end of a visit (DESIGN §1, §5): one at a time, each skippable,
// answered by pointing, keyboard or voice. Only the values the server accepts are sent; a skipped
// question stays null. Knows nothing about three.js: the 3D card is built from the same view.
import { matchChoice, type MatchableChoice } from '../../../../engine/src/index.js';
import type { DemographicsAnswers } from '../../shared/api-types.js';

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

/** The answers of one visitor, question by question; `next()` moves on after an answer or a skip. */
export class QuestionsForm {
  private position = 0;
  private readonly answers: DemographicsAnswers = {
    gender: null,
    ageBand: null,
    situation: null,
    education: null,
    satisfaction: null,
  };

  get current(): Question | null {
    return QUESTIONS[this.position] ?? null;
  }

  /** 1-based position of the current question, for « Question 2 sur 5 ». */
  get number(): number {
    return this.position + 1;
  }

  get count(): number {
    return QUESTIONS.length;
  }

  get done(): boolean {
    return this.position >= QUESTIONS.length;
  }

  /** Records the option at `optionIndex` of the current question and moves on. */
  answer(optionIndex: number): void {
    const question = this.current;
    const chosen = question?.options[optionIndex];
    if (!question || !chosen) return;
    (this.answers as Record<QuestionId, string | number | null>)[question.id] = chosen.value;
    this.position += 1;
  }

  skip(): void {
    if (!this.done) this.position += 1;
  }

  skipAll(): void {
    this.position = QUESTIONS.length;
  }

  /** True when the visitor answered at least one question (else nothing is sent). */
  get answered(): boolean {
    return Object.values(this.answers).some((value) => value !== null);
  }

  result(): DemographicsAnswers {
    return { ...this.answers };
  }
}

/** Age band of a spoken age (« j’ai 34 ans »): transcription services write numbers as digits. */
function ageBandOf(age: number): DemographicsAnswers['ageBand'] {
  if (age < 10 || age > 110) return null;
  return age < 18 ? '<18' : age < 30 ? '18-29' : age < 55 ? '30-54' : '55+';
}

/** The option of `question` a visitor said, or null when the matcher is unsure. */
export function matchOption(question: Question, transcript: string): number | null {
  const number = /\b(\d{1,3})\b/.exec(transcript)?.[1];
  if (number !== undefined) {
    const value = question.id === 'ageBand' ? ageBandOf(Number(number)) : Number(number);
    const index = question.options.findIndex((o) => o.value === value);
    if (index >= 0 && (question.id === 'ageBand' || question.id === 'satisfaction')) return index;
  }
  const choices: MatchableChoice[] = question.options.map((o, index) => ({
    index,
    text: o.label,
    say: o.say,
  }));
  return matchChoice(transcript, choices)?.choiceIndex ?? null;
}
