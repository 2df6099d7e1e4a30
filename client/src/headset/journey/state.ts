// The visitor's journey as one explicit state machine: a typed state, the events that move it and
// one pure `transition`. The 2D overlay and the 3D interface are both drawn from this state (see
// `view.ts`), so they cannot disagree: the answers shown are the ones this state holds, and a
// screen that has none shows none.
export type Screen = 'accueil' | 'catalogue' | 'notice' | 'chargement' | 'jeu' | 'fin' | 'questions' | 'code';

/** Push-to-talk: the microphone is open, or what was said is being understood. */
export type Talk = 'idle' | 'listening' | 'thinking';

export interface JourneyAnswer {
  index: number;
  text: string;
}

export interface PickedJob {
  id: string;
  versionId: string;
}

export interface JourneyState {
  screen: Screen;
  /** VR job picker: the sector whose jobs are listed, null for the list of sectors. */
  sector: string | null;
  /** The job chosen on the catalogue, until the visit ends. */
  picked: PickedJob | null;
  /** Answers offered now (conversation: the decision's choices; questions: the options). */
  answers: JourneyAnswer[];
  /** Step of the decision whose answers are shown (-1 outside a decision). */
  step: number;
  talk: Talk;
  /** A character is saying a line (voice or reading time). */
  speaking: boolean;
  /** The visit's ids once the story has ended (end screen, questions, code). */
  finished: { sessionId: string; followUpCode: string } | null;
  /** Optional questions: the position (0-based) of the one shown. */
  question: number;
}

export type JourneyEvent =
  | { type: 'open-catalogue' }
  | { type: 'pick-sector'; sector: string | null }
  | { type: 'pick-job'; job: PickedJob }
  | { type: 'back-to-catalogue' }
  | { type: 'load' }
  | { type: 'load-failed' }
  | { type: 'play' }
  | { type: 'resume'; job: PickedJob }
  | { type: 'line' }
  | { type: 'offer'; step: number; answers: JourneyAnswer[] }
  | { type: 'answered' }
  | { type: 'speech-end' }
  | { type: 'talk'; talk: Talk }
  | { type: 'ended'; sessionId: string; followUpCode: string }
  | { type: 'questions'; answers: JourneyAnswer[] }
  | { type: 'question'; position: number; answers: JourneyAnswer[] }
  | { type: 'code' }
  | { type: 'reset' };

export const initialState: JourneyState = Object.freeze({
  screen: 'accueil',
  sector: null,
  picked: null,
  answers: [],
  step: -1,
  talk: 'idle',
  speaking: false,
  finished: null,
  question: 0,
}) as JourneyState;

/** Screens where answers can be given by voice. */
export function takesSpokenAnswers(state: JourneyState): boolean {
  return (state.screen === 'jeu' || state.screen === 'questions') && state.answers.length > 0;
}

/**
 * True while the visitor is engaged without touching anything: speaking into the microphone,
 * waiting for the app to understand, or listening to a character. The idle reset waits.
 */
export function isBusy(state: JourneyState): boolean {
  return state.talk !== 'idle' || state.speaking || state.screen === 'chargement';
}

const leaveDecision: Pick<JourneyState, 'answers' | 'step' | 'talk'> = {
  answers: [],
  step: -1,
  talk: 'idle',
};

export function transition(state: JourneyState, event: JourneyEvent): JourneyState {
  switch (event.type) {
    case 'reset':
      return initialState;
    case 'open-catalogue':
      if (state.screen !== 'accueil' && state.screen !== 'catalogue') return state;
      return { ...initialState, screen: 'catalogue' };
    case 'pick-sector':
      return state.screen === 'catalogue' ? { ...state, sector: event.sector } : state;
    case 'pick-job':
      return state.screen === 'catalogue' ? { ...state, screen: 'notice', picked: event.job } : state;
    case 'back-to-catalogue':
      return state.screen === 'notice' || state.screen === 'chargement'
        ? { ...state, screen: 'catalogue', picked: null }
        : state;
    case 'load':
      return state.screen === 'notice' && state.picked ? { ...state, screen: 'chargement' } : state;
    case 'load-failed':
      return state.screen === 'chargement' ? { ...state, screen: 'catalogue', picked: null } : state;
    case 'play':
      return state.screen === 'chargement' ? { ...state, screen: 'jeu', ...leaveDecision } : state;
    case 'resume':
      return { ...initialState, screen: 'jeu', picked: event.job };
    case 'line':
      // A new line: the previous decision is over (its answers go away with it).
      return state.screen === 'jeu' ? { ...state, ...leaveDecision, speaking: true } : state;
    case 'offer':
      return state.screen === 'jeu'
        ? { ...state, answers: event.answers, step: event.step, talk: 'idle' }
        : state;
    case 'answered':
      return state.screen === 'jeu' || state.screen === 'questions' ? { ...state, ...leaveDecision } : state;
    case 'speech-end':
      return state.speaking ? { ...state, speaking: false } : state;
    case 'talk':
      if (event.talk !== 'idle' && !takesSpokenAnswers(state)) return state;
      return state.talk === event.talk ? state : { ...state, talk: event.talk };
    case 'ended':
      return state.screen === 'jeu'
        ? {
            ...state,
            ...leaveDecision,
            screen: 'fin',
            speaking: false,
            finished: { sessionId: event.sessionId, followUpCode: event.followUpCode },
          }
        : state;
    case 'questions':
      return state.screen === 'fin' && state.finished
        ? { ...state, screen: 'questions', question: 0, answers: event.answers, step: -1, talk: 'idle' }
        : state;
    case 'question':
      return state.screen === 'questions'
        ? { ...state, question: event.position, answers: event.answers, talk: 'idle' }
        : state;
    case 'code':
      return state.finished && (state.screen === 'questions' || state.screen === 'fin')
        ? { ...state, ...leaveDecision, screen: 'code' }
        : state;
  }
}
