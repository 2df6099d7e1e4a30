import { z } from 'zod';
import { NOT_BLANK, safeText, uuidId } from '../../common/safe-text.js';

// Only the session, the decision and what was said: the options come from the story on the server.
export const mapChoiceRequestSchema = z.strictObject({
  sessionId: uuidId(),
  step: z.number().int().min(0).max(10_000),
  // Trimmed after the bounds: what the document says is what the client may send.
  utterance: safeText({
    min: 1,
    max: 500,
    pattern: NOT_BLANK,
    patternMessage: 'énoncé non vide attendu',
  }).transform((utterance) => utterance.trim()),
});

export type MapChoiceRequestDto = z.infer<typeof mapChoiceRequestSchema>;

export interface MapChoiceResponseDto {
  /** Index among the offered choices, or null: ask again / show the buttons. */
  choiceIndex: number | null;
  /** `matcher`: the engine's deterministic matcher (sure, or sure it is not an answer). */
  via: 'matcher' | 'llm' | 'none';
  outcome: 'match' | 'clarify' | 'invalid' | 'timeout' | 'error' | 'unconfigured';
}
