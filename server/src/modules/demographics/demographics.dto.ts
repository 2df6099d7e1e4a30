import { z } from 'zod';
import { uuidId } from '../../common/safe-text.js';

/** The object-level issues in French (zod's own text is English). */
const unknownFieldsInFrench = (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `champ(s) inconnu(s) : ${(issue.keys ?? []).join(', ')}`
    : issue.code === 'invalid_type'
      ? 'un objet JSON est attendu'
      : undefined;

// Values sent by the headset (DESIGN §5). Every question may be skipped: omitted or null.

export const GENDERS = ['femme', 'homme', 'non-binaire', 'non-renseigne'] as const;
export type Gender = (typeof GENDERS)[number];

/** EU ESF+ age categories: under 18, 18–29, 30–54, 55 and over. */
export const AGE_BANDS = ['<18', '18-29', '30-54', '55+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * ESF+ participant situation (Regulation (EU) 2021/1057, annex I common output indicators):
 * unemployed, long-term unemployed (> 12 months, > 6 under 25), inactive, employed (self-employed
 * included), in education or training; `non-renseigne` = the visitor chose not to say.
 */
export const SITUATIONS = [
  'demandeur-emploi',
  'demandeur-emploi-longue-duree',
  'inactif',
  'en-emploi',
  'en-formation',
  'non-renseigne',
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** Highest level reached, ISCED 2011: 0–2 (up to lower secondary), 3–4 (upper/post-secondary), 5–8 (tertiary). */
export const EDUCATION_LEVELS = ['isced-0-2', 'isced-3-4', 'isced-5-8', 'non-renseigne'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .enum(values, { error: `une de ces valeurs est attendue : ${values.join(', ')}` })
    .nullable()
    .optional();

export const DemographicsBody = z
  .strictObject(
    {
      gender: oneOf(GENDERS),
      ageBand: oneOf(AGE_BANDS),
      situation: oneOf(SITUATIONS),
      education: oneOf(EDUCATION_LEVELS),
      satisfaction: z
        .number({ error: 'un entier de 1 à 5 est attendu' })
        .int('un entier de 1 à 5 est attendu')
        .min(1, 'un entier de 1 à 5 est attendu')
        .max(5, 'un entier de 1 à 5 est attendu')
        .nullable()
        .optional(),
    },
    { error: unknownFieldsInFrench },
  )
  // A visitor who skipped everything may post no body at all.
  .default({});
export type DemographicsBody = z.infer<typeof DemographicsBody>;

export interface DemographicsAnswers {
  gender: Gender | null;
  ageBand: AgeBand | null;
  situation: Situation | null;
  education: EducationLevel | null;
  satisfaction: number | null;
}

/** What was stored: every answer, null where skipped. */
export interface DemographicsResponse extends DemographicsAnswers {
  sessionId: string;
}

/** `:id` of the visitor session. */
export const SessionIdParam = uuidId('identifiant de session invalide\u00a0: un UUID est attendu');
