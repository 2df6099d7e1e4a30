// From a transcript to one of the offered choices: the engine's matcher first (offline, a few ms),
// then, only when it is unsure, the server's LLM (which may be unconfigured: no answer then).
import { matchChoice, type StoryChoice } from '../../../../engine/src/index.js';
import { mapChoiceOnServer } from './map-choice.js';

export interface Understanding {
  choiceIndex: number | null;
  confidence: number;
  via: 'matcher' | 'llm';
}

/**
 * Confidence recorded for a choice the LLM picked: the server returns none, and a closed answer
 * from the offered set is worth less than a sure match of the matcher.
 */
export const LLM_CONFIDENCE = 0.5;

/** Short French lines the character says when an answer was not understood, used in turn. */
export const CLARIFY_LINES = [
  'Pardon, je n’ai pas bien compris. Vous pouvez reformuler\u00a0?',
  'Excusez-moi, je n’ai pas saisi. Vous pouvez le dire autrement\u00a0?',
  'Je n’ai toujours pas compris. Choisissez une des réponses proposées.',
];

export function clarifyLine(missCount: number): string {
  return CLARIFY_LINES[Math.min(Math.max(missCount, 1), CLARIFY_LINES.length) - 1];
}

/** The visit and its decision, so that the server can rebuild the offered choices itself. */
export interface DecisionRef {
  sessionId: string;
  step: number;
}

export async function understand(
  apiBase: string,
  transcript: string,
  choices: readonly StoryChoice[],
  decision: DecisionRef,
): Promise<Understanding> {
  const text = transcript.trim().slice(0, 500);
  if (!text || choices.length === 0) return { choiceIndex: null, confidence: 0, via: 'matcher' };
  const local = matchChoice(text, choices);
  if (local) return { choiceIndex: local.choiceIndex, confidence: local.confidence, via: 'matcher' };
  const remote = await mapChoiceOnServer(
    apiBase,
    { sessionId: decision.sessionId, step: decision.step, utterance: text },
    choices.map((c) => c.index),
  );
  if (remote.via === 'none' || remote.choiceIndex === null)
    return { choiceIndex: null, confidence: 0, via: remote.via === 'llm' ? 'llm' : 'matcher' };
  return { choiceIndex: remote.choiceIndex, confidence: LLM_CONFIDENCE, via: remote.via };
}
