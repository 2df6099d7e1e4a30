import { followUpCodeText } from '../../common/safe-text.js';

export interface ProfileEvidenceDto {
  step: number;
  path: string;
  choiceText: string;
  delta: number;
  method?: string;
  transcript?: string;
}

export interface ProfileCompetencyDto {
  id: string;
  libelle: string;
  description: string;
  score: number;
  max: number;
  evidence: ProfileEvidenceDto[];
}

export interface ProfileResponse {
  scenario: { id: string; title: string; job: string };
  completedAt: string;
  competencies: ProfileCompetencyDto[];
}

/** `:code`: a follow-up code as typed (`ABCDE-FGHJK`, spaces, lower case, I/L/O for 1/1/0). */
export const FollowUpCodeParam = followUpCodeText();
