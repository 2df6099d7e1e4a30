// The participant categories of the reports, in the order and with the French wording of
// Regulation (EU) 2021/1057, annex I (ESF+ common output indicators, codes EECO…); the values are
// those stored by the demographics module, '-' for a question skipped.
import { AGE_BANDS, EDUCATION_LEVELS, GENDERS, SITUATIONS } from '../demographics/demographics.dto.js';
import { SKIPPED, type AnswerSet } from './rollups.js';

export type Question = keyof AnswerSet;

export interface Category {
  value: string;
  label: string;
  /** ESF+ common output indicator, when the category is one. */
  indicator?: string;
}

const NOT_SAID = 'Ne souhaite pas répondre';
const NO_ANSWER = 'Sans réponse';

export const TOTAL_PARTICIPANTS = { indicator: 'EECO01', label: 'Nombre total de participants' };

/** Unemployed including long-term unemployed: a subtotal of the two situations (EECO02). */
export const UNEMPLOYED_SUBTOTAL = {
  value: 'chomeurs',
  indicator: 'EECO02',
  label: 'Chômeurs, y compris les chômeurs de longue durée',
  members: ['demandeur-emploi', 'demandeur-emploi-longue-duree'],
};

const LABELS: Record<Question, Record<string, Omit<Category, 'value'>>> = {
  gender: {
    femme: { label: 'Femmes' },
    homme: { label: 'Hommes' },
    'non-binaire': { label: 'Personnes non binaires' },
    'non-renseigne': { label: NOT_SAID },
  },
  ageBand: {
    '<18': { indicator: 'EECO06', label: 'Personnes âgées de moins de 18 ans' },
    '18-29': { indicator: 'EECO07', label: 'Personnes âgées de 18 à 29 ans' },
    '30-54': { label: 'Personnes âgées de 30 à 54 ans' },
    '55+': { indicator: 'EECO08', label: 'Personnes âgées de 55 ans et plus' },
    'non-renseigne': { label: NOT_SAID },
  },
  situation: {
    'demandeur-emploi': { label: 'Chômeurs (hors longue durée)' },
    'demandeur-emploi-longue-duree': { indicator: 'EECO03', label: 'Chômeurs de longue durée' },
    inactif: { indicator: 'EECO04', label: 'Personnes inactives' },
    'en-emploi': {
      indicator: 'EECO05',
      label: 'Personnes exerçant un emploi, y compris les travailleurs indépendants',
    },
    'en-formation': { label: 'Personnes suivant des études ou une formation' },
    'non-renseigne': { label: NOT_SAID },
  },
  education: {
    'isced-0-2': {
      indicator: 'EECO09',
      label:
        'Titulaires d’un diplôme de l’enseignement primaire ou du premier cycle de l’enseignement secondaire (CITE 0-2)',
    },
    'isced-3-4': {
      indicator: 'EECO10',
      label:
        'Titulaires d’un diplôme du deuxième cycle de l’enseignement secondaire (CITE 3) ou de l’enseignement post-secondaire non supérieur (CITE 4)',
    },
    'isced-5-8': {
      indicator: 'EECO11',
      label: 'Titulaires d’un diplôme de l’enseignement supérieur (CITE 5 à 8)',
    },
    'non-renseigne': { label: NOT_SAID },
  },
  satisfaction: {
    '1': { label: '1 — Pas du tout satisfait·e' },
    '2': { label: '2' },
    '3': { label: '3' },
    '4': { label: '4' },
    '5': { label: '5 — Très satisfait·e' },
  },
};

export const QUESTIONS: readonly { question: Question; label: string }[] = [
  { question: 'gender', label: 'Genre' },
  { question: 'ageBand', label: 'Âge' },
  { question: 'situation', label: 'Situation sur le marché du travail' },
  { question: 'education', label: 'Niveau d’études' },
  { question: 'satisfaction', label: 'Satisfaction (1 à 5)' },
];

const STORED: Record<Question, readonly string[]> = {
  gender: GENDERS,
  ageBand: AGE_BANDS,
  situation: SITUATIONS,
  education: EDUCATION_LEVELS,
  satisfaction: ['1', '2', '3', '4', '5'],
};

/** Every category of a question, « sans réponse » last: they partition the participants. */
export function categoriesOf(question: Question): Category[] {
  return [
    ...STORED[question].map((value) => ({ value, ...LABELS[question][value]! })),
    { value: SKIPPED, label: NO_ANSWER },
  ];
}
