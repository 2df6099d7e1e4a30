import { followUpCodeText } from '../../common/safe-text.js';

// The counsellor's profile of one visit (GET /api/v1/profiles/:code). Plain interfaces only: the
// back-office imports these types as they are (client/src/admin/api.ts).

export type InputMethod = 'voice' | 'pointer' | 'mouse' | 'keyboard' | 'touch';

export interface ProfileEvidenceDto {
  /** 0-based position of the decision in the visit. */
  step: number;
  /** Ink path of the decision (`knot` or `knot.stitch`), for linking to the debrief questions. */
  decision: string;
  /** The `# titre:` of the decision, or null when the scenario has none. */
  decisionTitle: string | null;
  choiceText: string;
  delta: number;
  method: InputMethod | null;
  /** What the visitor said, for a choice made by voice. */
  transcript?: string;
}

export interface ProfileCompetencyDto {
  id: string;
  libelle: string;
  description: string;
  score: number;
  /** Highest score reachable in this scenario (0: no decision could change it). */
  max: number;
  evidence: ProfileEvidenceDto[];
}

export interface ProfileJobDto {
  intitule: string;
  resume: string;
  missions: string[];
  journeeType: string | null;
  conditions: string | null;
  securite: string | null;
  salaire: {
    debutantBrutMensuel: [number, number] | null;
    confirmeBrutMensuel: [number, number] | null;
    source: string | null;
  } | null;
  formations: { intitule: string; niveau: string | null; duree: string | null }[];
  perspectivesPaca: string | null;
}

export interface ProfileDebriefQuestionDto {
  question: string;
  decision: string;
  decisionTitle: string | null;
}

export interface ProfileResponse {
  scenario: { id: string; title: string; job: string; sector: string };
  site: { id: string; name: string } | null;
  completedAt: string;
  /** Sorted by score, then maximum, then the referential's order (engine `rankCompetencies`). */
  competencies: ProfileCompetencyDto[];
  job: ProfileJobDto;
  debrief: { questions: ProfileDebriefQuestionDto[] };
}

/** `:code`: a follow-up code as typed (`ABCDE-FGHJK`, spaces, lower case, I/L/O for 1/1/0). */
export const FollowUpCodeParam = followUpCodeText();
