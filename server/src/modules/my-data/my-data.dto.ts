import { z } from 'zod';
import { followUpCodeText } from '../../common/safe-text.js';
import type { DemographicsAnswers } from '../demographics/demographics.dto.js';

// « Mes données »: what a visitor can see of their own visit with its follow-up code. Plain interfaces: the
// public page imports these types as they are (client/src/my-data/api.ts).

/** Body of both routes: the code travels in the body, never in a URL (proxies and logs keep URLs). */
export const MyDataBody = z.strictObject(
  { code: followUpCodeText() },
  {
    error: (issue: { code?: string; keys?: string[] }) =>
      issue.code === 'unrecognized_keys'
        ? `champ(s) inconnu(s) : ${(issue.keys ?? []).join(', ')}`
        : issue.code === 'invalid_type'
          ? 'un objet JSON { "code": "ABCDE-FGHJK" } est attendu'
          : undefined,
  },
);
export type MyDataBody = z.infer<typeof MyDataBody>;

export interface MyDataCompetencyDto {
  id: string;
  libelle: string;
  description: string;
  score: number;
  /** Highest score reachable in this scenario. */
  max: number;
}

export interface MyDataResponse {
  scenario: { title: string; job: string };
  site: { name: string } | null;
  /** Day of the visit (`YYYY-MM-DD`, Europe/Paris): no time of day is shown to whoever holds the code. */
  visitedOn: string;
  /** False while the visit was not finished (or its last events never reached the server). */
  completed: boolean;
  /** The optional questions; null when none was answered (nothing stored). */
  answers: DemographicsAnswers | null;
  /** Ranked like the counsellor's profile (engine `rankCompetencies`); empty until the visit is completed. */
  competencies: MyDataCompetencyDto[];
  /** What the visitor said to the character (speech transcripts), in order. */
  said: string[];
  /** Months a visit is kept before the automatic deletion. */
  retentionMonths: number;
}
