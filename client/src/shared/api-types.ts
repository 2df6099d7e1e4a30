// Shapes of the HTTP API as written in docs/contracts.md. Server and client must agree on these.
import type { Scores, ScenarioMeta } from '../../../engine/src/types.js';

export interface ApiError {
  statusCode: number;
  code: string;
  message: string;
}

export interface CatalogEntry {
  id: string;
  title: string;
  sector: string;
  job: string;
  durationMinutes: number;
  versionId: string;
  resume: string;
}

export interface Catalog {
  scenarios: CatalogEntry[];
}

export type Coiffure = 'court' | 'long' | 'chignon' | 'rase' | 'boucle';

export interface Apparence {
  peau: string;
  cheveux: string;
  coiffure: Coiffure;
  tenue: string;
  casque?: boolean;
}

export interface Personnage {
  nom: string;
  role: string;
  age?: number;
  /** Absent for voices that are not shown (a narrator). */
  apparence?: Apparence;
  /** Voice of the spoken lines (server TTS and speechSynthesis). @default 'neutre' */
  voix?: 'femme' | 'homme' | 'neutre';
}

export type MediaEntry =
  | { type: 'environnement'; preset: string }
  | { type: 'photo360'; src: string }
  | { type: 'video360'; src: string }
  | { type: string; preset?: string; src?: string };

export interface Metier {
  id: string;
  metier: {
    intitule: string;
    rome?: string;
    secteur: string;
    resume: string;
    missions?: string[];
    salaire?: {
      debutantBrutMensuel?: [number, number];
      confirmeBrutMensuel?: [number, number];
      source?: string;
    };
    formations?: { intitule: string; niveau?: string; duree?: string }[];
    [key: string]: unknown;
  };
  personnages: Record<string, Personnage>;
  media: Record<string, MediaEntry>;
}

export interface Competence {
  id: string;
  categorie: 'savoir-etre' | 'metier';
  libelle: string;
  description: string;
}

export interface Referentiel {
  competences: Competence[];
}

export interface ScenarioVersion {
  id: string;
  versionId: string;
  meta: ScenarioMeta;
  /** Compiled ink JSON, as an object. */
  story: unknown;
  metier: Metier;
  referentiel: Referentiel;
}

export type ChoiceMethod = 'pointer' | 'mouse' | 'keyboard' | 'touch' | 'voice';

export type SessionEventPayloads = {
  'session.started': { scenarioId: string; versionId: string };
  'line.shown': { lineId: string; speaker?: string; text: string };
  'choice.offered': { step: number; path: string; choices: { index: number; text: string }[] };
  'utterance.heard': {
    step: number;
    transcript: string;
    choiceIndex: number | null;
    confidence: number;
    via: 'matcher' | 'llm';
  };
  'choice.made': {
    step: number;
    choiceIndex: number;
    choiceText: string;
    method: ChoiceMethod;
    confidence?: number;
  };
  'session.ended': { clientScores: Scores };
};

export type SessionEventType = keyof SessionEventPayloads;

export interface SessionEvent<T extends SessionEventType = SessionEventType> {
  id: string;
  seq: number;
  type: T;
  at: string;
  payload: SessionEventPayloads[T];
}

/** Answer for one event of a batch (POST /api/v1/sessions/:id/events), in the order sent. */
export interface EventResult {
  /** The event id (lower case), null when what was sent had no valid id. */
  id: string | null;
  /** `stored` and `duplicate` acknowledge the event; `rejected` refuses it for good. */
  status: 'stored' | 'duplicate' | 'rejected';
  code?: string;
  /** French reason, with `rejected`. */
  message?: string;
}

export interface IngestEventsResponse {
  results: EventResult[];
}

export interface CreateSessionBody {
  id: string;
  scenarioId: string;
  versionId: string;
  followUpCode: string;
  startedAt: string;
}

/** Optional end-of-visit answers (POST /api/v1/sessions/:id/demographics); null = skipped. */
export interface DemographicsAnswers {
  gender: 'femme' | 'homme' | 'non-binaire' | 'non-renseigne' | null;
  ageBand: '<18' | '18-29' | '30-54' | '55+' | null;
  situation:
    | 'demandeur-emploi'
    | 'demandeur-emploi-longue-duree'
    | 'inactif'
    | 'en-emploi'
    | 'en-formation'
    | 'non-renseigne'
    | null;
  education: 'isced-0-2' | 'isced-3-4' | 'isced-5-8' | 'non-renseigne' | null;
  satisfaction: 1 | 2 | 3 | 4 | 5 | null;
}

export interface CompleteResponse {
  scores: Scores;
  maxScores: Scores;
}

export interface LoginResponse {
  accessToken: string;
  user: { email: string; role: string };
}

export interface ProfileEvidence {
  step: number;
  path: string;
  choiceText: string;
  delta: number;
  method: string;
  transcript?: string;
}

export interface ProfileCompetency {
  id: string;
  libelle: string;
  description: string;
  score: number;
  max: number;
  evidence: ProfileEvidence[];
}

export interface Profile {
  scenario: { id: string; title: string; job: string };
  completedAt: string | null;
  competencies: ProfileCompetency[];
}
